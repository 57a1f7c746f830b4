using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Meldcode.Application.Authentication.SignInWithOrganisationAccount;
using Meldcode.Application.DilemmaSessions.CastVote;
using Meldcode.Application.Drafts.SaveDraft;
using Meldcode.Application.DilemmaSessions.SendReflection;
using Meldcode.Application.Dossiers.AnswerConsultationRequest;
using Meldcode.Application.Dossiers.OpenDossier;
using Meldcode.Application.Dossiers.RecordConsultation;
using Meldcode.Application.Dossiers.RecordConversation;
using Meldcode.Application.Dossiers.RecordEmergencyAction;
using Meldcode.Application.Dossiers.RecordHelpPlan;
using Meldcode.Application.Dossiers.RecordSignal;
using Meldcode.Application.StaffConcerns.RaiseStaffConcern;

namespace Meldcode.Application.Tests.Validation;

/// <summary>
/// The messages about required and too long texts, as every validator words them: correct Dutch for a field of one
/// thing and of more, with Dutch numbers and the length the text has now. The convention test runs every length rule
/// of every validator, so a new rule with FluentValidation's own message or a wrong number fails here.
/// </summary>
public sealed partial class FieldMessageTests
{
    private static readonly Assembly ApplicationLayer = typeof(DependencyInjection).Assembly;

    /// <summary>
    /// Validators whose length rules guard no typed text: the sign-in's texts come from the identity provider, a
    /// vote's "length" only refuses a tampered choice ("Kies een van de antwoorden."), and a draft's form key is
    /// written by the page, not typed.
    /// </summary>
    private static readonly Type[] NotTyped = [typeof(SignInWithOrganisationAccountCommandValidator), typeof(CastVoteCommandValidator), typeof(SaveDraftCommandValidator)];

    [Theory]
    [InlineData(typeof(RecordSignalCommandValidator), "Facts", 10_001, "De feiten mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(typeof(RecordSignalCommandValidator), "Facts", 0, "Vul de feiten in.")]
    [InlineData(typeof(RecordSignalCommandValidator), "ChildsOwnWords", 12_345, "De eigen woorden van het kind mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 12.345.")]
    [InlineData(typeof(RecordSignalCommandValidator), "Interpretation", 10_001, "Je interpretatie mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(typeof(RecordSignalCommandValidator), "ObservedBy", 201, "De naam van wie het zag of hoorde mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(typeof(RecordSignalCommandValidator), "ObservedBy", 0, "Vul de naam van wie het zag of hoorde in.")]
    [InlineData(typeof(OpenDossierCommandValidator), "FirstName", 201, "De voornaam van het kind mag hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(typeof(OpenDossierCommandValidator), "FirstName", 0, "Vul de voornaam van het kind in.")]
    [InlineData(typeof(RecordConsultationCommandValidator), "AgreedActions", 10_001, "De afspraken mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(typeof(AnswerConsultationRequestCommandValidator), "AgreedActions", 10_001, "De afspraken mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(typeof(RecordConversationCommandValidator), "OtherParticipants", 201, "De andere deelnemers mogen hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(typeof(RecordConversationCommandValidator), "ConcernsNamed", 0, "Vul de zorgen die je hebt benoemd in.")]
    [InlineData(typeof(RecordConversationCommandValidator), "ClientReaction", 10_001, "De reactie van de cliënt mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(typeof(RecordEmergencyActionCommandValidator), "WhomContacted", 201, "De namen van wie je hebt gebeld of ingeschakeld mogen hoogstens 200 tekens lang zijn. Nu zijn het er 201.")]
    [InlineData(typeof(RecordHelpPlanCommandValidator), "ByWhom", 0, "Vul de naam van wie de hulp geeft in.")]
    [InlineData(typeof(RaiseStaffConcernCommandValidator), "Description", 10_001, "De beschrijving van wat je zag of hoorde mag hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001.")]
    [InlineData(typeof(SendReflectionCommandValidator), "Text", 281, "Je reactie mag hoogstens 280 tekens lang zijn. Nu zijn het er 281.")]
    public void A_required_or_too_long_text_gets_its_message_in_correct_Dutch(Type validatorType, string field, int length, string expected)
    {
        Assert.Equal([expected], MessagesFor(Create(validatorType), field, new string('x', length)));
    }

    private static readonly Type[] ValidatorTypes = ApplicationLayer.GetTypes()
        .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(t) && !NotTyped.Contains(t))
        .Where(t => !ValidatedType(t).IsInterface) // a validator of shared answers is reached through the forms that include it
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<Type> EveryValidator => new(ValidatorTypes);

    [Theory]
    [MemberData(nameof(EveryValidator))]
    public void Every_length_rule_says_in_Dutch_how_long_the_text_may_be_and_how_long_it_is(Type validatorType)
    {
        var validator = Create(validatorType);

        // A rule that applies only in some cases (.When) gives no message here; the others must give this one.
        foreach (var (field, max) in LengthRules(validator))
        {
            Assert.All(MessagesFor(validator, field, new string('x', max + 1)), m =>
            {
                Assert.Matches(TooLongMessage(), m);
                Assert.Contains($"hoogstens {FieldName.Characters(max)} lang", m, StringComparison.Ordinal);
                Assert.EndsWith($"Nu zijn het er {FieldName.Number(max + 1)}.", m, StringComparison.Ordinal);
            });
        }
    }

    [Theory]
    [MemberData(nameof(EveryValidator))]
    public void No_message_about_a_text_names_the_property_of_the_code_or_writes_a_number_without_Dutch_thousands(Type validatorType)
    {
        var validator = Create(validatorType);

        foreach (var (field, max) in LengthRules(validator))
        {
            foreach (var message in MessagesFor(validator, field, string.Empty).Concat(MessagesFor(validator, field, new string('x', max + 1))))
            {
                Assert.DoesNotContain($"'{field}'", message, StringComparison.Ordinal);
                Assert.DoesNotMatch(UnseparatedThousands(), message);
                Assert.DoesNotContain("is verplicht", message, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void The_convention_reaches_the_length_rules_of_the_forms()
    {
        var checkedRules = ValidatorTypes.Select(Create)
            .Sum(validator => LengthRules(validator).Count(rule => MessagesFor(validator, rule.Field, new string('x', rule.Max + 1)).Count > 0));

        Assert.True(checkedRules > 60, $"Only {checkedRules} length rules gave a message.");
    }

    /// <summary>"De feiten mogen hoogstens 10.000 tekens lang zijn. Nu zijn het er 10.001."</summary>
    [GeneratedRegex(@"^\p{Lu}[^.]* (mag|mogen) hoogstens \d{1,3}(\.\d{3})* tekens? lang zijn\. Nu zijn het er \d{1,3}(\.\d{3})*\.$")]
    private static partial Regex TooLongMessage();

    [GeneratedRegex(@"\d{4,}")]
    private static partial Regex UnseparatedThousands();

    private static IValidator Create(Type validatorType)
    {
        var constructor = validatorType.GetConstructors().Single();
        var arguments = constructor.GetParameters().Select(p => p.ParameterType == typeof(TimeProvider) ? (object)TimeProvider.System : throw new InvalidOperationException($"{validatorType.Name} needs a {p.ParameterType.Name}.")).ToArray();
        return (IValidator)constructor.Invoke(arguments);
    }

    private static Type RequestOf(IValidator validator) =>
        validator.GetType().GetInterfaces().Single(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)).GetGenericArguments()[0];

    /// <summary>Each top-level text field with a maximum length (a list of texts counts by its items).</summary>
    private static IEnumerable<(string Field, int Max)> LengthRules(IValidator validator) =>
        validator.CreateDescriptor().GetMembersWithValidators()
            .SelectMany(member => member.Select(rule => rule.Validator).OfType<ILengthValidator>().Where(l => l.Max > 0).Select(l => (member.Key, l.Max)))
            .Distinct()
            .Where(rule => RequestOf(validator).GetProperty(rule.Key) is { } property && (property.PropertyType == typeof(string) || property.PropertyType.IsAssignableFrom(typeof(List<string>))));

    /// <summary>The messages for one field of a request that has only that field filled in, with only that field's rules run.</summary>
    private static List<string> MessagesFor(IValidator validator, string field, string value)
    {
        var request = RuntimeHelpers.GetUninitializedObject(RequestOf(validator));
        var property = request.GetType().GetProperty(field)!;
        property.SetValue(request, property.PropertyType == typeof(string) ? value : new List<string> { value });
        var context = new ValidationContext<object>(request, new PropertyChain(), new MemberNameValidatorSelector([field]));
        return validator.Validate(context).Errors.Select(e => e.ErrorMessage).ToList();
    }

    /// <summary>The type a validator checks: the T of the <see cref="AbstractValidator{T}"/> it derives from.</summary>
    private static Type ValidatedType(Type validator)
    {
        for (var type = validator; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            {
                return type.GetGenericArguments()[0];
            }
        }

        return validator;
    }
}
