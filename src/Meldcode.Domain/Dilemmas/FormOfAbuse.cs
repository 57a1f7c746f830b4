namespace Meldcode.Domain.Dilemmas;

/// <summary>
/// A form of abuse a dilemma is about (domain.md §1). Not <see cref="Dossiers.SignalCategory"/>: that list also holds
/// "concern about a parent" and "contra-indication", which are kinds of signal, not forms of abuse, and it lacks elder
/// abuse. The numbers of the shared forms are the same as in <see cref="Dossiers.SignalCategory"/>.
/// </summary>
public enum FormOfAbuse
{
    /// <summary>Lichamelijke mishandeling.</summary>
    PhysicalAbuse = 1,

    /// <summary>Emotionele of psychische mishandeling.</summary>
    EmotionalAbuse = 2,

    /// <summary>Lichamelijke verwaarlozing.</summary>
    PhysicalNeglect = 3,

    /// <summary>Emotionele verwaarlozing.</summary>
    EmotionalNeglect = 4,

    /// <summary>Pedagogische of educatieve verwaarlozing.</summary>
    EducationalNeglect = 5,

    /// <summary>Seksueel misbruik (and sexually transgressive behaviour).</summary>
    SexualAbuse = 6,

    /// <summary>Getuige van huiselijk geweld.</summary>
    WitnessingDomesticViolence = 7,

    /// <summary>Vrouwelijke genitale verminking (VGV).</summary>
    FemaleGenitalMutilation = 8,

    /// <summary>Eergerelateerd geweld.</summary>
    HonourRelatedViolence = 9,

    /// <summary>Ouderenmishandeling.</summary>
    ElderAbuse = 12,
}
