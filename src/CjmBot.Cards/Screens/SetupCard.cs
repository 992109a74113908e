using System.Text.Json.Nodes;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Submissions;
using CjmBot.Workshops;
using CjmBot.Workshops.Frame;

namespace CjmBot.Cards.Screens;

/// <summary>The form that frames a new workshop. Shown again, filled in, with the problems listed, when a check fails.</summary>
public static class SetupCard
{
    public static JsonObject Create(WorkshopText text, WorkshopSetupInput? previous = null, IReadOnlyList<string>? problems = null)
    {
        var body = new List<CardElement>
        {
            new TextBlock(text.SetupHeading) { Heading = true, Size = TextSize.Large, Bold = true },
            new TextBlock(text.SetupIntro) { Subtle = true, Spacing = Spacing.None },
        };

        if (problems is { Count: > 0 })
        {
            body.Add(new Container(
            [
                new TextBlock(text.SetupProblems(problems.Count)) { Bold = true, Color = TextColor.Attention },
                .. problems.Select(problem => new TextBlock("• " + problem) { Color = TextColor.Attention, Spacing = Spacing.None }),
            ]) { Style = ContainerStyle.Attention });
        }

        body.AddRange(
        [
            new TextInput(SetupInputs.Title, text.TitleLabel)
            {
                Placeholder = text.TitlePlaceholder, IsRequired = true, ErrorMessage = text.RequiredField,
                MaxLength = WorkshopSetup.MaxTitle, Value = previous?.Title,
            },
            new TextInput(SetupInputs.Product, text.ProductLabel)
            {
                IsRequired = true, ErrorMessage = text.RequiredField, MaxLength = WorkshopSetup.MaxProduct, Value = previous?.Product,
            },
            new TextInput(SetupInputs.Goal, text.GoalLabel)
            {
                Placeholder = text.GoalPlaceholder, IsRequired = true, ErrorMessage = text.RequiredField, IsMultiline = true,
                MaxLength = WorkshopSetup.MaxGoal, Value = previous?.Goal,
            },
            new ChoiceInput(SetupInputs.MapType, text.MapTypeLabel, Enum.GetValues<MapType>().Select(type => new Choice(text.MapTypeName(type), type.ToString())).ToList())
            {
                Value = previous?.MapType ?? nameof(MapType.CurrentState),
            },
            new ChoiceInput(SetupInputs.Template, text.TemplateLabel, Enum.GetValues<StageTemplate>().Select(template => new Choice(text.TemplateName(template), template.ToString())).ToList())
            {
                Expanded = true, Value = previous?.Template ?? nameof(StageTemplate.Lifecycle),
            },
            new TextInput(SetupInputs.CustomStages, text.CustomStagesLabel)
            {
                Placeholder = text.CustomStagesPlaceholder, IsMultiline = true, MaxLength = 1000, Value = previous?.CustomStages,
            },
            new TextInput(SetupInputs.Segments, text.SegmentsLabel)
            {
                Placeholder = text.SegmentsPlaceholder, IsMultiline = true, IsRequired = true, ErrorMessage = text.RequiredField,
                MaxLength = 2000, Value = previous?.Segments,
            },
            new ToggleInput(SetupInputs.Kpi, text.KpiLabel, text.KpiToggle) { Value = IsOn(previous?.Kpi) },
            new ToggleInput(SetupInputs.Anonymous, text.AnonymousLabel, text.AnonymousToggle) { Value = IsOn(previous?.Anonymous) },
            new ToggleInput(SetupInputs.Blind, BlindText.For(text.Language).SetupLabel, BlindText.For(text.Language).SetupToggle) { Value = IsOn(previous?.Blind) },
            new NumberInput(SetupInputs.Timebox, text.TimeboxLabel)
            {
                Min = WorkshopSetup.MinTimebox, Max = WorkshopSetup.MaxTimebox,
                Value = int.TryParse(previous?.TimeboxMinutes, out var minutes) ? minutes : null,
            },
            new ChoiceInput(SetupInputs.Language, text.LanguageLabel, [new Choice("English", "en"), new Choice("Русский", "ru")])
            {
                Value = previous?.Language ?? text.Language.Code(),
            },
            new ActionSet(
                new ExecuteAction(text.StartButton, new CreateWorkshopSubmit()),
                new ExecuteAction(text.CancelButton, new CancelSetupSubmit()) { IgnoreInputs = true }),
        ]);

        return new AdaptiveCard(body) { FallbackText = text.SetupHeading, Lang = text.Language.Code(), Speak = text.SetupHeading }.ToJson();
    }

    private static bool IsOn(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
}
