namespace Deliberations.Web.Features.Sittings;

/// <summary>A sitting and who attended it, read once for its page and its API answer; its decisions are read a page at a time.</summary>
public sealed record SittingRecord(SittingHeader Header, SittingAttendance Attendance);
