using Meldcode.Domain.Organisations;

namespace Meldcode.Application.Administration.ChangeCampaignWeek;

/// <summary>
/// Each date is a day and a month that exist every year; the last day lies at most 14 days after the first. The
/// domain's own checks (<see cref="CampaignWeek"/>), asked here so each message stands beside its field.
/// </summary>
public sealed class ChangeCampaignWeekCommandValidator : AbstractValidator<ChangeCampaignWeekCommand>
{
    public ChangeCampaignWeekCommandValidator()
    {
        RuleFor(c => c.WeekStartDay).Must((c, _) => CampaignWeek.DayExists(c.WeekStartDay, c.WeekStartMonth))
            .WithMessage("Vul een begindatum in die elk jaar bestaat, zoals 18 november (dag 18, maand 11).");
        RuleFor(c => c.WeekEndDay).Must((c, _) => CampaignWeek.DayExists(c.WeekEndDay, c.WeekEndMonth))
            .WithMessage("Vul een einddatum in die elk jaar bestaat, zoals 24 november (dag 24, maand 11).");
        RuleFor(c => c.WeekEndDay)
            .Must((c, _) => CampaignWeek.DaysAfterStart(c.WeekStartDay!.Value, c.WeekStartMonth!.Value, c.WeekEndDay!.Value, c.WeekEndMonth!.Value) <= CampaignWeek.MaxDaysAfterStart)
            .When(c => CampaignWeek.DayExists(c.WeekStartDay, c.WeekStartMonth) && CampaignWeek.DayExists(c.WeekEndDay, c.WeekEndMonth))
            .WithMessage($"De laatste dag ligt hoogstens {CampaignWeek.MaxDaysAfterStart} dagen na de eerste dag.");
        RuleFor(c => c.WeekTheme).RequiredText(FieldName.Singular("het thema van de week"), CampaignWeek.ThemeMax);
    }
}
