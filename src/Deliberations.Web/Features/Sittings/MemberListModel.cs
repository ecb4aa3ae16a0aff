namespace Deliberations.Web.Features.Sittings;

/// <summary>What <c>_MemberList</c> shows: one status group of a sitting's attendance.</summary>
/// <param name="ShowPresence">Show "3 sur 5" beside each name: how many of the sitting's decisions they were present at.</param>
public sealed record MemberListModel(string Id, string Heading, IReadOnlyList<SittingMember> Members, bool ShowPresence = false);
