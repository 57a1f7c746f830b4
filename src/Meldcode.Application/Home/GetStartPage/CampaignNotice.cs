namespace Meldcode.Application.Home.GetStartPage;

/// <summary>What the start page shows during the Week tegen Kindermishandeling: its theme and its dates in words.</summary>
public sealed record CampaignNotice(string Theme, string Dates);
