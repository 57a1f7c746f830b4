using MediatR;
using Meldcode.Application.Dossiers.AnswerWeighingQuestion;
using Meldcode.Domain.Dossiers;
using Meldcode.Web.Presentation;
using Microsoft.AspNetCore.Mvc;

namespace Meldcode.Web.Pages.Dossiers;

/// <summary>
/// Steps 4–5: one question of the afwegingskader (1–4) per screen, answered with a rationale. The
/// questions come in order; an earlier question can be answered again, which sets aside the later
/// answers (the domain keeps them in the record).
/// </summary>
public sealed class WeighingModel(IMediator mediator) : DossierPageModel(mediator)
{
    /// <summary>The question number from the route (1–4).</summary>
    [BindProperty(SupportsGet = true)]
    public int Question { get; set; }

    /// <summary>The answer; the question it answers is the one of the route.</summary>
    [FromFormFields]
    public AnswerWeighingQuestionCommand Command { get; set; } = null!;

    /// <summary>The confirmation a saved change left for this page; read once (see <see cref="Confirmations"/>).</summary>
    [TempData(Key = Confirmations.TempDataKey)]
    public string? Saved { get; set; }

    public string? Confirmation => HttpMethods.IsGet(Request.Method) ? Confirmations.For(Saved) : null;

    public WeighingQuestion CurrentQuestion => (WeighingQuestion)Question;

    public bool IsSafetyQuestion => CurrentQuestion == WeighingQuestion.Safety;

    public IReadOnlyList<WeighingBlocker> Blockers => View.Dossier.WeighingBlockers;

    /// <summary>The answer that stands now for this question, if it was answered before.</summary>
    public WeighingAnswer? StandingAnswer => View.Dossier.CurrentAnswerTo(CurrentQuestion);

    /// <summary>Answers to later questions that answering this one again would set aside.</summary>
    public IReadOnlyList<WeighingAnswer> LaterAnswers =>
        View.Dossier.WeighingAnswers.Where(a => a.IsCurrent && a.Question > CurrentQuestion).OrderBy(a => a.Question).ToList();

    /// <summary>"vraag 2, vraag 3 en vraag 4": the later questions whose answers would be set aside.</summary>
    public string LaterQuestionsText
    {
        get
        {
            var names = LaterAnswers.Select(a => $"vraag {(int)a.Question}").ToList();
            return names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} en {names[^1]}";
        }
    }

    /// <summary>Whether this user may answer now: a working user, no decision yet, nothing missing.</summary>
    public bool CanAnswer => View.CanWork && View.Dossier.Decision is null && Blockers.Count == 0;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!IsWeighingQuestion(Question))
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        var dossier = View.Dossier;
        if (!dossier.IsClosed && dossier.Decision is null && Blockers.Count == 0 && StandingAnswer is null)
        {
            var next = dossier.Recommendation.NextQuestion;
            if (next is { } nextQuestion && nextQuestion != CurrentQuestion)
            {
                return RedirectToPage("/Dossiers/Weighing", new { id = Id, question = (int)nextQuestion });
            }

            if (next is null)
            {
                return RedirectToPage("/Dossiers/Decision", new { id = Id });
            }
        }

        if (StandingAnswer is { } answer)
        {
            Command = Command with
            {
                Yes = answer.Yes,
                AcuteUnsafety = answer.AcuteUnsafety,
                StructuralUnsafety = answer.StructuralUnsafety,
                Rationale = answer.Rationale,
            };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!IsWeighingQuestion(Question))
        {
            return NotFound();
        }

        // Only the parts of the answer that belong to this question (question 2 has two, the others one).
        var safety = IsSafetyQuestion;
        var answer = Command with
        {
            DossierId = Id,
            Question = CurrentQuestion,
            Yes = safety ? null : Command.Yes,
            AcuteUnsafety = safety ? Command.AcuteUnsafety : null,
            StructuralUnsafety = safety ? Command.StructuralUnsafety : null,
        };
        var recommendation = await Mediator.Send(answer, cancellationToken);
        return recommendation.NextQuestion is { } next
            ? this.Confirm("weging", RedirectToPage("/Dossiers/Weighing", new { id = Id, question = (int)next }))
            : this.Confirm("weging", RedirectToPage("/Dossiers/Decision", new { id = Id }));
    }

    /// <summary>The question in plain Dutch, as the legend of its yes/no choice.</summary>
    public static string QuestionText(WeighingQuestion question) => question switch
    {
        WeighingQuestion.Suspicion => "Heb je, op basis van wat je in de stappen 1 tot en met 3 hebt gedaan, een vermoeden van huiselijk geweld of kindermishandeling? Of dreigt dat?",
        WeighingQuestion.Safety => "Is er volgens jou acute onveiligheid, structurele onveiligheid, of allebei?",
        WeighingQuestion.Help => "Kun jij hulp bieden of organiseren die het geweld (of het risico daarop) stopt? Denk aan wat je kunt, je relatie met het gezin en de grenzen van je rol.",
        WeighingQuestion.Acceptance => "Accepteren de ouders en het kind die hulp, en werken ze eraan mee?",
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    /// <summary>What the question is about and where each answer leads.</summary>
    public static IReadOnlyList<string> Explanation(WeighingQuestion question) => question switch
    {
        WeighingQuestion.Suspicion =>
        [
            "Kijk naar alles wat je hebt vastgelegd: de signalen, het advies van collega's of deskundigen en het gesprek met de ouders of het kind. Neem ook mee wat het vermoeden tegenspreekt.",
            "Nee: je sluit het dossier en schrijft op waarom. Ja: je gaat verder met vraag 2.",
        ],
        WeighingQuestion.Safety =>
        [
            "Beantwoord twee dingen: is er acute onveiligheid, en is er structurele onveiligheid? Hieronder staat wat die woorden betekenen.",
            "Ja op een van de twee: je meldt bij Veilig Thuis. De vragen 3 tot en met 5 beantwoord je dan samen met Veilig Thuis. Nee op allebei: je gaat verder met vraag 3.",
        ],
        WeighingQuestion.Help =>
        [
            "Het gaat om hulp die het geweld of het risico daarop echt stopt. Past dat bij wat jij en je organisatie kunnen? Kun je de hulp zelf bieden, of zorgen dat iemand anders dat doet?",
            "Nee: je meldt bij Veilig Thuis. Ja: je gaat verder met vraag 4.",
        ],
        WeighingQuestion.Acceptance =>
        [
            "Hulp werkt alleen als de betrokkenen meedoen. Zeggen de ouders (en het kind) ja tegen de hulp, en houden ze zich aan de afspraken?",
            "Nee: je meldt bij Veilig Thuis. Ja: je biedt of organiseert de hulp en spreekt een moment af om te evalueren. Bij die evaluatie beantwoord je vraag 5.",
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(question), question, null),
    };

    /// <summary>The page where the professional fixes what blocks the weighing (the same pages the overview links to).</summary>
    public static string PageFor(WeighingBlocker blocker) => blocker switch
    {
        WeighingBlocker.NoSignal => "/Dossiers/Signal",
        WeighingBlocker.NoConsultation => "/Dossiers/Consultation",
        WeighingBlocker.ExpertConsultationMissing => "/Dossiers/Consultation",
        WeighingBlocker.ConversationNotDoneOrSkipped => "/Dossiers/Conversation",
        _ => throw new ArgumentOutOfRangeException(nameof(blocker), blocker, null),
    };

    public static string LinkTextFor(WeighingBlocker blocker) => blocker switch
    {
        WeighingBlocker.NoSignal => "Signaal vastleggen",
        WeighingBlocker.NoConsultation => "Consultatie vastleggen",
        WeighingBlocker.ExpertConsultationMissing => "Overleg met een deskundige vastleggen",
        WeighingBlocker.ConversationNotDoneOrSkipped => "Gesprek vastleggen, of waarom het niet kan",
        _ => throw new ArgumentOutOfRangeException(nameof(blocker), blocker, null),
    };

    /// <summary>An answer in a few words (question 2 has two parts).</summary>
    public static string AnswerText(WeighingAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Question == WeighingQuestion.Safety
            ? $"acute onveiligheid: {DutchTerms.YesNo(answer.AcuteUnsafety == true)}, structurele onveiligheid: {DutchTerms.YesNo(answer.StructuralUnsafety == true)}"
            : DutchTerms.YesNo(answer.Yes);
    }

    private static bool IsWeighingQuestion(int question) =>
        question >= (int)WeighingQuestion.Suspicion && question <= (int)WeighingQuestion.Acceptance;
}
