using CjmBot.Cards.Localization;
using CjmBot.Workshops.Frame;

namespace CjmBot.Bot.Rendering;

/// <summary>What is wrong with a setup form, field by field, in the form's language.</summary>
public static class SetupProblems
{
    public static string Describe(WorkshopText text, SetupProblem problem)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(problem);
        var field = problem.Field switch
        {
            SetupField.Title => text.TitleLabel,
            SetupField.Product => text.ProductLabel,
            SetupField.Goal => text.GoalLabel,
            SetupField.CustomStages => text.TemplateLabel,
            SetupField.Segments => text.SegmentLabel,
            _ => text.TimeboxLabel,
        };
        return problem.Kind switch
        {
            SetupProblemKind.Missing when problem.Field == SetupField.CustomStages => text.CustomStagesMissing,
            SetupProblemKind.Missing => text.FieldMissing(field),
            SetupProblemKind.TooLong => text.FieldTooLong(field, problem.Limit),
            SetupProblemKind.StageCount => text.StageCount(WorkshopSetup.MinStages, WorkshopSetup.MaxStages),
            SetupProblemKind.DuplicateStage => text.StagesDuplicate,
            SetupProblemKind.SegmentCount => text.SegmentCount(WorkshopSetup.MinSegments, WorkshopSetup.MaxSegments),
            SetupProblemKind.SegmentNameMissing => text.SegmentNameMissing,
            _ => text.TimeboxRange(WorkshopSetup.MinTimebox, WorkshopSetup.MaxTimebox),
        };
    }
}
