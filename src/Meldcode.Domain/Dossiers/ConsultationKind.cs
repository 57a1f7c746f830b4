namespace Meldcode.Domain.Dossiers;

public enum ConsultationKind
{
    Colleague = 1,
    SafeguardingLead = 2,
    VeiligThuisAdvice = 3,
    InjuryExpert = 4,
    OtherExpert = 5,
}
