namespace Meldcode.Domain.Dossiers;

public enum VeiligThuisFeedback
{
    TakenOn = 1,
    AdviceOnly = 2,
    NotTakenOn = 3,
}
