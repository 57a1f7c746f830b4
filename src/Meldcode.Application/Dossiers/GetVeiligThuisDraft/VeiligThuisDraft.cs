namespace Meldcode.Application.Dossiers.GetVeiligThuisDraft;

/// <summary>The draft report as text, whether the dossier decided to report, and the organisation's Veilig Thuis region (null until the functioneel beheerder set it).</summary>
public sealed record VeiligThuisDraft(string Text, bool DecidedToReport, string? Region);
