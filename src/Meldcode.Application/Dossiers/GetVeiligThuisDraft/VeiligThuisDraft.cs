namespace Meldcode.Application.Dossiers.GetVeiligThuisDraft;

public sealed record VeiligThuisDraft(string Text, bool DecidedToReport);
