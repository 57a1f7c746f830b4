using Meldcode.Application.Dossiers.RecordConsultation;

namespace Meldcode.Application.Tests.Dossiers.RecordConsultation;

/// <summary>Step 2: a consultation held outside Meldcode (a colleague, the aandachtsfunctionaris, Veilig Thuis, an expert), recorded afterwards.</summary>
public sealed class RecordConsultationTests : SchoolTest
{
    [Fact]
    public async Task A_consultation_is_saved_and_written_to_the_chronology_with_whether_consent_to_share_was_asked()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Consultation);

        var state = await Dossiers.StateAsync(id);
        var consultation = Assert.Single(state.Dossier.Consultations);
        Assert.Equal((ConsultationKind.SafeguardingLead, state.Today, "Intern begeleider"), (consultation.Kind, consultation.HeldOn, consultation.WithWhom));
        Assert.Equal((ConsentToShare.NotAsked, (Guid?)null, School.Owner.Id), (consultation.Consent, consultation.RequestId, consultation.RecordedBy));
        var entry = state.Dossier.Chronology[^1];
        Assert.Equal(ChronologyEntryKind.ConsultationRecorded, entry.Kind);
        Assert.Equal(
            string.Join(
                Environment.NewLine,
                $"Consultatie op {DutchTime.Date(state.Today)}: aandachtsfunctionaris (Intern begeleider).",
                "Vraag: Is dit genoeg om de zorgen met de ouders te bespreken?",
                "Advies: Ja: benoem de zorgen feitelijk in een gesprek met moeder.",
                "Afspraken: Gesprek binnen een week.",
                "Toestemming om informatie te delen: niet gevraagd."),
            entry.Summary);
    }

    [Fact]
    public async Task The_aandachtsfunctionaris_of_the_team_records_a_consultation_under_their_own_name()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.LeadA, id, s => ValidCommands.Consultation(s) with { Consent = ConsentToShare.AskedAndGiven, AgreedActions = null });

        var state = await Dossiers.StateAsync(id);
        Assert.Equal(School.LeadA.Id, Assert.Single(state.Dossier.Consultations).RecordedBy);
        Assert.Equal("Carla Visser", state.Dossier.Chronology[^1].ActorName);
        Assert.EndsWith($"Advies: Ja: benoem de zorgen feitelijk in een gesprek met moeder.{Environment.NewLine}Toestemming om informatie te delen: gevraagd en gegeven.", state.Dossier.Chronology[^1].Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(nameof(RecordConsultationCommand.Question), "Mag Noor vanavond nog naar huis?")]
    [InlineData(nameof(RecordConsultationCommand.Advice), "Bespreek het met de familie Bakker.")]
    [InlineData(nameof(RecordConsultationCommand.AgreedActions), "Fatima belt morgen terug.")]
    [InlineData(nameof(RecordConsultationCommand.WithWhom), "Adviseur die Noor kent")]
    public async Task Advice_from_Veilig_Thuis_is_recorded_without_names_of_the_child_or_the_family(string field, string text)
    {
        var id = await Dossiers.OpenAsync();
        await Dossiers.ChangeAsync(School.Owner, id, ValidCommands.Carer);

        var rule = await Dossiers.BrokenRuleAsync(School.Owner, id, s => (ValidCommands.Consultation(s) with { Kind = ConsultationKind.VeiligThuisAdvice }).With(field, text));

        Assert.Equal("Advies van Veilig Thuis vraag je anoniem: noem geen namen van het kind of het gezin in wat je vastlegt.", rule);
    }

    [Fact]
    public async Task Anonymous_advice_from_Veilig_Thuis_is_saved_even_when_a_name_is_part_of_another_word()
    {
        var id = await Dossiers.OpenAsync();

        await Dossiers.ChangeAsync(School.Owner, id, s => ValidCommands.Consultation(s) with
        {
            Kind = ConsultationKind.VeiligThuisAdvice,
            WithWhom = "Adviseur Veilig Thuis",
            Question = "Een meisje van negen uit Noordwijk heeft een blauwe plek. Wat adviseren jullie?",
        });

        Assert.Equal(ConsultationKind.VeiligThuisAdvice, Assert.Single((await Dossiers.StateAsync(id)).Dossier.Consultations).Kind);
    }

    [Fact]
    public async Task Every_missing_part_of_a_consultation_is_reported_at_once_in_Dutch() =>
        Assert.Equal(
            [
                "Kies met wie je overlegde.",
                "Vul de datum van het overleg in.",
                "Vul de naam of rol van je gesprekspartner in.",
                "Vul de vraag in.",
                "Vul het advies in.",
                "Kies of toestemming om informatie te delen is gevraagd.",
            ],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Consultation(s) with { Kind = null, HeldOn = null, WithWhom = "", Question = null, Advice = " ", Consent = null }));

    [Fact]
    public async Task A_consultation_dated_in_the_future_is_refused() =>
        Assert.Equal(
            ["De datum van het overleg kan niet in de toekomst liggen."],
            await Dossiers.ValidationMessagesAsync(s => ValidCommands.Consultation(s) with { HeldOn = s.Today.AddDays(1) }));

    [Theory]
    [InlineData(nameof(RecordConsultationCommand.Kind), (ConsultationKind)99, "Kies met wie je overlegde.")]
    [InlineData(nameof(RecordConsultationCommand.Consent), (ConsentToShare)0, "Kies of toestemming om informatie te delen is gevraagd.")]
    public async Task A_choice_that_is_not_in_the_list_is_refused(string field, object value, string message) =>
        Assert.Equal([message], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Consultation(s).With(field, value)));

    [Theory]
    [InlineData(nameof(RecordConsultationCommand.WithWhom), 200, "De naam of rol van je gesprekspartner mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(nameof(RecordConsultationCommand.Question), 10_000, "De vraag mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(nameof(RecordConsultationCommand.Advice), 10_000, "Het advies mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(nameof(RecordConsultationCommand.AgreedActions), 10_000, "De afspraken mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    public async Task A_text_over_its_limit_is_refused_in_Dutch(string field, int limit, string message) =>
        Assert.Equal([message], await Dossiers.ValidationMessagesAsync(s => ValidCommands.Consultation(s).With(field, new string('a', limit + 1))));
}
