namespace Meldcode.Domain.Dossiers;

/// <summary>What a signal is about: the forms of abuse, signals about a parent or carer, and signs that argue against the suspicion.</summary>
public enum SignalCategory
{
    PhysicalAbuse = 1,
    EmotionalAbuse = 2,
    PhysicalNeglect = 3,
    EmotionalNeglect = 4,
    EducationalNeglect = 5,
    SexualAbuse = 6,
    WitnessingDomesticViolence = 7,
    FemaleGenitalMutilation = 8,
    HonourRelatedViolence = 9,
    ConcernAboutParent = 10,
    ContraIndication = 11,
}
