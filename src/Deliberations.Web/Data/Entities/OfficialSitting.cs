namespace Deliberations.Web.Data.Entities;

/// <summary>
/// One official's lines in one sitting, kept by the import with each document (<c>OfficialTallyBook</c>): what an
/// official's page reads for its sittings, its chart and the paging of its decisions. Grouped per
/// request from the lines, the busiest official's page read 10,000 lines and their decisions three
/// times, 220 ms at 20,000 extracts; these rows are a few hundred per official. The proxies given and
/// held page the official's proxy lists the same way: sorted from all of them, each list read and
/// sorted 10,000 lines for one page, 20 ms each at 200,000 extracts.
/// </summary>
public sealed class OfficialSitting
{
    public int OfficialId { get; set; }

    public int SittingId { get; set; }

    public Sitting? Sitting { get; set; }

    /// <summary>The sitting's decisions whose lists name the official, whatever the status.</summary>
    public int Listed { get; set; }

    public int Present { get; set; }

    public int Excused { get; set; }

    public int Unexcused { get; set; }

    /// <summary>The official's lines of the sitting that give their vote to a colleague.</summary>
    public int ProxiesGiven { get; set; }

    /// <summary>
    /// The votes of colleagues the official carried in the sitting: lines of others, so a holder whom
    /// no list of the sitting names has a row with nothing <see cref="Listed"/>.
    /// </summary>
    public int ProxiesHeld { get; set; }
}
