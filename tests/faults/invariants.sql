-- What a store must hold whatever happened to the import that wrote it (a kill, a bad file, a
-- reader at the same time): whole documents only. One row per rule with the number of rows that
-- break it; every count must be 0. Read by tests/faults/*.sh (sqlite3) and by the tests
-- (Import/StoreInvariants.cs), so the rules are written once.
-- The figures counted once at the end of an import (sittings', officials' names, projects', budget
-- groups) are right or marked stale: an import killed before its end leaves them
-- marked in StaleFigures (Kind 0: the register's, 1: a sitting's, 2: an official's name), and the
-- next import, or the site's next start, counts them and removes the marks.
-- References are checked once at the end of an import that fills an empty store (not row by row):
-- the last rule is that check, which every store must pass.
WITH attendance_by_sitting AS (
    -- An official's own lines, and the lines of others whose vote the official carried.
    SELECT OfficialId, SittingId, SUM(listed), SUM(present), SUM(excused), SUM(unexcused), SUM(given), SUM(held)
    FROM (SELECT a.OfficialId, d.SittingId, 1 AS listed, a.Status = 0 AS present, a.Status = 1 AS excused, a.Status = 2 AS unexcused,
                 a.ProxyHolderId IS NOT NULL AS given, 0 AS held
          FROM Attendance a JOIN Decisions d ON d.Id = a.DecisionId WHERE d.SittingId IS NOT NULL
          UNION ALL
          SELECT a.ProxyHolderId, d.SittingId, 0, 0, 0, 0, 0, 1
          FROM Attendance a JOIN Decisions d ON d.Id = a.DecisionId WHERE d.SittingId IS NOT NULL AND a.ProxyHolderId IS NOT NULL)
    GROUP BY OfficialId, SittingId)
SELECT 'décision sans son document courant', COUNT(*) FROM Decisions d
    LEFT JOIN Documents c ON c.Id = d.CurrentDocumentId
    WHERE c.Id IS NULL OR (c.DecisionId IS NOT d.Id
        -- the minutes of a sitting are the current text of each of its decisions, the version of the first
        AND NOT EXISTS (SELECT 1 FROM Decisions f WHERE f.Id = c.DecisionId AND f.SittingId = d.SittingId AND f.CouncilId = d.CouncilId))
UNION ALL
SELECT 'document courant qui n''est pas la dernière version', COUNT(*) FROM Decisions d
    JOIN Documents c ON c.Id = d.CurrentDocumentId
    WHERE c.Version <> (SELECT MAX(v.Version) FROM Documents v WHERE v.DecisionId = d.Id)
UNION ALL
SELECT 'présences incomplètes', COUNT(*) FROM Decisions d
    WHERE (SELECT COUNT(*) FROM Attendance a WHERE a.DecisionId = d.Id) <> d.PresentCount + d.ExcusedCount + d.UnexcusedCount
UNION ALL
SELECT 'document sans texte', COUNT(*) FROM Documents WHERE Text IS NULL OR length(Text) = 0
UNION ALL
SELECT 'version de décision sans numéro', COUNT(*) FROM Documents WHERE DecisionId IS NOT NULL AND Version < 1
UNION ALL
SELECT 'deux documents pour une même version', COUNT(*) FROM
    (SELECT 1 FROM Documents WHERE DecisionId IS NOT NULL GROUP BY DecisionId, Version HAVING COUNT(*) > 1)
UNION ALL
SELECT 'décision absente de la recherche', COUNT(*) FROM Decisions d
    WHERE NOT EXISTS (SELECT 1 FROM decision_search s WHERE s.rowid = d.Id)
UNION ALL
SELECT 'entrée de recherche sans décision', COUNT(*) FROM decision_search s
    WHERE NOT EXISTS (SELECT 1 FROM Decisions d WHERE d.Id = s.rowid)
UNION ALL
SELECT 'chiffres d''élu qui ne sont pas ceux de ses lignes', COUNT(*) FROM Officials o
    WHERE o.PresentCount <> (SELECT COUNT(*) FROM Attendance a WHERE a.OfficialId = o.Id AND a.Status = 0)
       OR o.ExcusedCount <> (SELECT COUNT(*) FROM Attendance a WHERE a.OfficialId = o.Id AND a.Status = 1)
       OR o.UnexcusedCount <> (SELECT COUNT(*) FROM Attendance a WHERE a.OfficialId = o.Id AND a.Status = 2)
       OR o.ProxiesGivenCount <> (SELECT COUNT(*) FROM Attendance a WHERE a.OfficialId = o.Id AND a.ProxyHolderId IS NOT NULL)
       OR o.ProxiesHeldCount <> (SELECT COUNT(*) FROM Attendance a WHERE a.ProxyHolderId = o.Id)
       OR o.ReportCount <> (SELECT COUNT(*) FROM Decisions d WHERE d.RapporteurId = o.Id)
UNION ALL
SELECT 'orthographe d''élu dont le compte n''est pas celui de ses lignes', COUNT(*) FROM Spellings s
    WHERE s.Printed <> (SELECT COUNT(*) FROM Attendance a WHERE a.OfficialId = s.OfficialId AND a.PrintedName = s.Spelling)
UNION ALL
-- The name is chosen at the end of an import (Kind 2: an official marked stale until then).
SELECT 'élu qui ne porte pas le nom le plus imprimé', COUNT(*) FROM Officials o
    WHERE o.Id NOT IN (SELECT Id FROM StaleFigures WHERE Kind = 2)
      AND o.Surname <> (SELECT s.Spelling FROM Spellings s WHERE s.OfficialId = o.Id AND s.Printed > 0
                        ORDER BY s.Printed DESC, s.Spelling LIMIT 1)
UNION ALL
SELECT 'chiffres de séance qui ne sont pas ceux de ses décisions', COUNT(*) FROM Sittings s
    WHERE s.Id NOT IN (SELECT Id FROM StaleFigures WHERE Kind = 1)
      AND (s.DecisionCount <> (SELECT COUNT(*) FROM Decisions d WHERE d.SittingId = s.Id)
       OR s.PresentCount <> (SELECT COUNT(DISTINCT a.OfficialId) FROM Attendance a JOIN Decisions d ON d.Id = a.DecisionId
                             WHERE d.SittingId = s.Id AND a.Status = 0)
       OR s.BudgetTableCount <> (SELECT COUNT(*) FROM BudgetTables t JOIN Decisions d ON d.Id = t.DecisionId WHERE d.SittingId = s.Id))
UNION ALL
-- Kept by difference in each batch's transaction, so never stale.
SELECT 'présences d''un élu par séance qui ne sont pas celles de ses lignes',
    (SELECT COUNT(*) FROM (SELECT OfficialId, SittingId, Listed, Present, Excused, Unexcused, ProxiesGiven, ProxiesHeld FROM OfficialSittings
                           EXCEPT SELECT * FROM attendance_by_sitting))
  + (SELECT COUNT(*) FROM (SELECT * FROM attendance_by_sitting
                           EXCEPT SELECT OfficialId, SittingId, Listed, Present, Excused, Unexcused, ProxiesGiven, ProxiesHeld FROM OfficialSittings))
UNION ALL
SELECT 'chiffres de projet ou d''organisme qui ne sont pas ceux de ses liens',
    (NOT EXISTS (SELECT 1 FROM StaleFigures WHERE Kind = 0)) * ((SELECT COUNT(*) FROM Projects p
        WHERE p.DecisionCount <> (SELECT COUNT(*) FROM DecisionProjects l WHERE l.ProjectId = p.Id)
           OR p.Latest IS NOT (SELECT MAX(s.Date) FROM DecisionProjects l JOIN Decisions d ON d.Id = l.DecisionId
                               JOIN Sittings s ON s.Id = d.SittingId WHERE l.ProjectId = p.Id))
  + (SELECT COUNT(*) FROM Organisations o
        WHERE o.DecisionCount <> (SELECT COUNT(*) FROM Grants g WHERE g.OrganisationId = o.Id)
           OR o.Latest IS NOT (SELECT MAX(s.Date) FROM Grants g JOIN Decisions d ON d.Id = g.DecisionId
                               JOIN Sittings s ON s.Id = d.SittingId WHERE g.OrganisationId = o.Id)))
UNION ALL
SELECT 'groupes budgétaires qui ne comptent pas chaque imputation de chaque séance une fois',
    (NOT EXISTS (SELECT 1 FROM StaleFigures WHERE Kind = 0)) * (SELECT COUNT(*) FROM (
        SELECT 1 FROM (
            SELECT d.SittingId, 1 AS Imputed, 0 AS Grouped FROM Imputations i JOIN Decisions d ON d.Id = i.DecisionId
            UNION ALL
            SELECT SittingId, 0, Count FROM BudgetGroups)
        GROUP BY SittingId
        HAVING SUM(Imputed) <> SUM(Grouped)))
UNION ALL
SELECT 'date de séance d''une décision qui n''est pas celle de sa séance', COUNT(*) FROM Decisions d
    WHERE d.SittingDate IS NOT (SELECT s.Date FROM Sittings s WHERE s.Id = d.SittingId)
UNION ALL
-- Counted in each batch's transaction, so never stale; readers add the rows up, so only sums count.
SELECT 'décisions par conseil, séance, commission et rapporteur mal comptées', COUNT(*) FROM (
    SELECT 1 FROM (
        SELECT CouncilId, SittingId, Commission, RapporteurId, 1 AS Decided, 0 AS Counted FROM Decisions
        UNION ALL
        SELECT CouncilId, SittingId, Commission, RapporteurId, 0, Count FROM DecisionFacetCounts)
    GROUP BY CouncilId, SittingId, Commission, RapporteurId
    HAVING SUM(Decided) <> SUM(Counted))
UNION ALL
SELECT 'référence vers une ligne absente', COUNT(*) FROM pragma_foreign_key_check;
