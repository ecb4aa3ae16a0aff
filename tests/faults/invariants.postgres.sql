-- The rules of invariants.sql, in PostgreSQL's SQL, for the tests on PostgreSQL
-- (Support/StoreInvariants.cs): the same rules under the same names, in the same order, but the
-- last (PostgreSQL checks every reference as its row is written). A rule changed in one file is
-- changed in the other.
WITH attendance_by_sitting AS (
    -- An official's own lines, and the lines of others whose vote the official carried.
    SELECT l."OfficialId", l."SittingId", SUM(l.listed)::int AS "Listed", SUM(l.present)::int AS "Present",
        SUM(l.excused)::int AS "Excused", SUM(l.unexcused)::int AS "Unexcused", SUM(l.given)::int AS "ProxiesGiven", SUM(l.held)::int AS "ProxiesHeld"
    FROM (SELECT a."OfficialId", d."SittingId", 1 AS listed, (a."Status" = 0)::int AS present, (a."Status" = 1)::int AS excused,
                 (a."Status" = 2)::int AS unexcused, (a."ProxyHolderId" IS NOT NULL)::int AS given, 0 AS held
          FROM "Attendance" a JOIN "Decisions" d ON d."Id" = a."DecisionId" WHERE d."SittingId" IS NOT NULL
          UNION ALL
          SELECT a."ProxyHolderId", d."SittingId", 0, 0, 0, 0, 0, 1
          FROM "Attendance" a JOIN "Decisions" d ON d."Id" = a."DecisionId" WHERE d."SittingId" IS NOT NULL AND a."ProxyHolderId" IS NOT NULL) l
    GROUP BY l."OfficialId", l."SittingId"),
register_counted AS (
    SELECT NOT EXISTS (SELECT 1 FROM "StaleFigures" WHERE "Kind" = 0) AS counted)
SELECT 'décision sans son document courant', COUNT(*) FROM "Decisions" d
    LEFT JOIN "Documents" c ON c."Id" = d."CurrentDocumentId"
    WHERE c."Id" IS NULL OR (c."DecisionId" IS DISTINCT FROM d."Id"
        -- the minutes of a sitting are the current text of each of its decisions, the version of the first
        AND NOT EXISTS (SELECT 1 FROM "Decisions" f WHERE f."Id" = c."DecisionId" AND f."SittingId" = d."SittingId" AND f."CouncilId" = d."CouncilId"))
UNION ALL
SELECT 'document courant qui n''est pas la dernière version', COUNT(*) FROM "Decisions" d
    JOIN "Documents" c ON c."Id" = d."CurrentDocumentId"
    WHERE c."Version" <> (SELECT MAX(v."Version") FROM "Documents" v WHERE v."DecisionId" = d."Id")
UNION ALL
SELECT 'présences incomplètes', COUNT(*) FROM "Decisions" d
    WHERE (SELECT COUNT(*) FROM "Attendance" a WHERE a."DecisionId" = d."Id") <> d."PresentCount" + d."ExcusedCount" + d."UnexcusedCount"
UNION ALL
SELECT 'document sans texte', COUNT(*) FROM "Documents" WHERE "Text" IS NULL OR length("Text") = 0
UNION ALL
SELECT 'version de décision sans numéro', COUNT(*) FROM "Documents" WHERE "DecisionId" IS NOT NULL AND "Version" < 1
UNION ALL
SELECT 'deux documents pour une même version', COUNT(*) FROM
    (SELECT 1 FROM "Documents" WHERE "DecisionId" IS NOT NULL GROUP BY "DecisionId", "Version" HAVING COUNT(*) > 1) twice
UNION ALL
SELECT 'décision absente de la recherche', COUNT(*) FROM "Decisions" d
    WHERE NOT EXISTS (SELECT 1 FROM decision_search s WHERE s."DecisionId" = d."Id")
UNION ALL
SELECT 'entrée de recherche sans décision', COUNT(*) FROM decision_search s
    WHERE NOT EXISTS (SELECT 1 FROM "Decisions" d WHERE d."Id" = s."DecisionId")
UNION ALL
SELECT 'chiffres d''élu qui ne sont pas ceux de ses lignes', COUNT(*) FROM "Officials" o
    WHERE o."PresentCount" <> (SELECT COUNT(*) FROM "Attendance" a WHERE a."OfficialId" = o."Id" AND a."Status" = 0)
       OR o."ExcusedCount" <> (SELECT COUNT(*) FROM "Attendance" a WHERE a."OfficialId" = o."Id" AND a."Status" = 1)
       OR o."UnexcusedCount" <> (SELECT COUNT(*) FROM "Attendance" a WHERE a."OfficialId" = o."Id" AND a."Status" = 2)
       OR o."ProxiesGivenCount" <> (SELECT COUNT(*) FROM "Attendance" a WHERE a."OfficialId" = o."Id" AND a."ProxyHolderId" IS NOT NULL)
       OR o."ProxiesHeldCount" <> (SELECT COUNT(*) FROM "Attendance" a WHERE a."ProxyHolderId" = o."Id")
       OR o."ReportCount" <> (SELECT COUNT(*) FROM "Decisions" d WHERE d."RapporteurId" = o."Id")
UNION ALL
SELECT 'orthographe d''élu dont le compte n''est pas celui de ses lignes', COUNT(*) FROM "Spellings" s
    WHERE s."Printed" <> (SELECT COUNT(*) FROM "Attendance" a WHERE a."OfficialId" = s."OfficialId" AND a."PrintedName" = s."Spelling")
UNION ALL
SELECT 'élu qui ne porte pas le nom le plus imprimé', COUNT(*) FROM "Officials" o
    WHERE o."Id" NOT IN (SELECT "Id" FROM "StaleFigures" WHERE "Kind" = 2)
      AND o."Surname" <> (SELECT s."Spelling" FROM "Spellings" s WHERE s."OfficialId" = o."Id" AND s."Printed" > 0
                          ORDER BY s."Printed" DESC, s."Spelling" LIMIT 1)
UNION ALL
SELECT 'chiffres de séance qui ne sont pas ceux de ses décisions', COUNT(*) FROM "Sittings" s
    WHERE s."Id" NOT IN (SELECT "Id" FROM "StaleFigures" WHERE "Kind" = 1)
      AND (s."DecisionCount" <> (SELECT COUNT(*) FROM "Decisions" d WHERE d."SittingId" = s."Id")
       OR s."PresentCount" <> (SELECT COUNT(DISTINCT a."OfficialId") FROM "Attendance" a JOIN "Decisions" d ON d."Id" = a."DecisionId"
                               WHERE d."SittingId" = s."Id" AND a."Status" = 0)
       OR s."BudgetTableCount" <> (SELECT COUNT(*) FROM "BudgetTables" t JOIN "Decisions" d ON d."Id" = t."DecisionId" WHERE d."SittingId" = s."Id"))
UNION ALL
SELECT 'présences d''un élu par séance qui ne sont pas celles de ses lignes',
    (SELECT COUNT(*) FROM (SELECT "OfficialId", "SittingId", "Listed", "Present", "Excused", "Unexcused", "ProxiesGiven", "ProxiesHeld" FROM "OfficialSittings"
                           EXCEPT SELECT * FROM attendance_by_sitting) kept)
  + (SELECT COUNT(*) FROM (SELECT * FROM attendance_by_sitting
                           EXCEPT SELECT "OfficialId", "SittingId", "Listed", "Present", "Excused", "Unexcused", "ProxiesGiven", "ProxiesHeld" FROM "OfficialSittings") counted)
UNION ALL
SELECT 'chiffres de projet ou d''organisme qui ne sont pas ceux de ses liens',
    CASE WHEN (SELECT counted FROM register_counted) THEN (SELECT COUNT(*) FROM "Projects" p
        WHERE p."DecisionCount" <> (SELECT COUNT(*) FROM "DecisionProjects" l WHERE l."ProjectId" = p."Id")
           OR p."Latest" IS DISTINCT FROM (SELECT MAX(s."Date") FROM "DecisionProjects" l JOIN "Decisions" d ON d."Id" = l."DecisionId"
                                           JOIN "Sittings" s ON s."Id" = d."SittingId" WHERE l."ProjectId" = p."Id"))
  + (SELECT COUNT(*) FROM "Organisations" o
        WHERE o."DecisionCount" <> (SELECT COUNT(*) FROM "Grants" g WHERE g."OrganisationId" = o."Id")
           OR o."Latest" IS DISTINCT FROM (SELECT MAX(s."Date") FROM "Grants" g JOIN "Decisions" d ON d."Id" = g."DecisionId"
                                           JOIN "Sittings" s ON s."Id" = d."SittingId" WHERE g."OrganisationId" = o."Id")) ELSE 0 END
UNION ALL
SELECT 'groupes budgétaires qui ne comptent pas chaque imputation de chaque séance une fois',
    CASE WHEN (SELECT counted FROM register_counted) THEN (SELECT COUNT(*) FROM (
        SELECT 1 FROM (
            SELECT d."SittingId", 1 AS imputed, 0 AS grouped FROM "Imputations" i JOIN "Decisions" d ON d."Id" = i."DecisionId"
            UNION ALL
            SELECT "SittingId", 0, "Count" FROM "BudgetGroups") lines
        GROUP BY "SittingId"
        HAVING SUM(imputed) <> SUM(grouped)) wrong) ELSE 0 END
UNION ALL
SELECT 'date de séance d''une décision qui n''est pas celle de sa séance', COUNT(*) FROM "Decisions" d
    WHERE d."SittingDate" IS DISTINCT FROM (SELECT s."Date" FROM "Sittings" s WHERE s."Id" = d."SittingId")
UNION ALL
SELECT 'décisions par conseil, séance, commission et rapporteur mal comptées', COUNT(*) FROM (
    SELECT 1 FROM (
        SELECT "CouncilId", "SittingId", "Commission", "RapporteurId", 1 AS decided, 0 AS counted FROM "Decisions"
        UNION ALL
        SELECT "CouncilId", "SittingId", "Commission", "RapporteurId", 0, "Count" FROM "DecisionFacetCounts") lines
    GROUP BY "CouncilId", "SittingId", "Commission", "RapporteurId"
    HAVING SUM(decided) <> SUM(counted)) wrong;
