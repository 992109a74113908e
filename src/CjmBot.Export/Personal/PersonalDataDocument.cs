using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CjmBot.Export.Markdown;
using CjmBot.Workshops;
using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.People;
using CjmBot.Workshops.Questions;

namespace CjmBot.Export.Personal;

/// <summary>
/// "My data": everything one person contributed, in every workshop of this bot's storage, as JSON (for machines:
/// stable field names, ISO times, enums by name) and as readable Markdown in the person's language.
/// </summary>
public static class PersonalDataDocument
{
    public static string Json(string personId, string personName, DateTimeOffset generatedAt, IReadOnlyList<PersonalWorkshopData> workshops)
    {
        ArgumentNullException.ThrowIfNull(workshops);
        var file = new PersonalDataFile(personId, personName, generatedAt, [.. workshops.Select(ToJson)]);
        return JsonSerializer.Serialize(file, PersonalDataJsonContext.Default.PersonalDataFile);
    }

    public static string Markdown(string personName, DateTimeOffset generatedAt, IReadOnlyList<PersonalWorkshopData> workshops, Language language)
    {
        ArgumentNullException.ThrowIfNull(workshops);
        var text = PersonalDataTexts.For(language);
        var md = new StringBuilder();
        md.Append("# ").Append(text.Title(MarkdownEscaper.Escape(personName))).Append("\n\n")
            .Append(text.Intro(generatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC", workshops.Count)).Append("\n\n");
        foreach (var workshop in workshops)
        {
            var frame = workshop.Frame;
            md.Append("## ").Append(MarkdownEscaper.Escape(frame.Title)).Append(" (").Append(text.Version(frame.Version)).Append(")\n\n");
            if (workshop.Contributions.Count > 0)
            {
                md.Append("### ").Append(text.Contributions).Append("\n\n");
                foreach (var contribution in workshop.Contributions)
                {
                    md.Append("- ").Append(contribution.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(" · ")
                        .Append(text.Kind(contribution.Kind));
                    if (Where(workshop, contribution, language) is { Length: > 0 } where)
                    {
                        md.Append(" · ").Append(MarkdownEscaper.Escape(where));
                    }

                    if (contribution.Score is { } score)
                    {
                        md.Append(" · ").Append(score.ToString("+0;-0;0", CultureInfo.InvariantCulture));
                    }

                    if (contribution.Text is { } words)
                    {
                        md.Append(": ").Append(MarkdownEscaper.Escape(words));
                    }

                    md.Append('\n');
                }

                md.Append('\n');
            }

            if (workshop.Votes.Count > 0)
            {
                md.Append("### ").Append(text.Votes).Append("\n\n");
                foreach (var vote in workshop.Votes)
                {
                    md.Append("- ").Append(vote.Dots.ToString(CultureInfo.InvariantCulture)).Append(" × ")
                        .Append(MarkdownEscaper.Escape(vote.ItemText ?? text.ItemGone)).Append('\n');
                }

                md.Append('\n');
            }

            if (workshop.Conclusions.Count > 0)
            {
                md.Append("### ").Append(text.Conclusions).Append("\n\n");
                foreach (var conclusion in workshop.Conclusions)
                {
                    md.Append("- ").Append(MarkdownEscaper.Escape(conclusion.Text)).Append('\n');
                }

                md.Append('\n');
            }

            if (workshop.ActionItems.Count > 0)
            {
                md.Append("### ").Append(text.ActionItems).Append("\n\n");
                foreach (var item in workshop.ActionItems)
                {
                    md.Append("- ").Append(MarkdownEscaper.Escape(item.Text)).Append(" · ").Append(text.Due(item.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append('\n');
                }

                md.Append('\n');
            }
        }

        return md.ToString();
    }

    private static string Where(PersonalWorkshopData workshop, Contribution contribution, Language language)
    {
        var frame = workshop.Frame;
        var parts = new List<string>();
        if (contribution.SegmentId is { } segmentId && frame.FindSegment(segmentId) is { } segment)
        {
            parts.Add(segment.Name);
        }

        if (contribution.StageIndex is { } stage && stage >= 0 && stage < frame.Stages.Count)
        {
            parts.Add(frame.Stages[stage]);
        }

        if (contribution.Question is { } question)
        {
            parts.Add(QuestionCatalog.Text(question, language).Lane);
        }

        return string.Join(" · ", parts);
    }

    private static PersonalWorkshopJson ToJson(PersonalWorkshopData workshop)
    {
        var frame = workshop.Frame;
        return new PersonalWorkshopJson(
            frame.Id, frame.Title, frame.Version, frame.CreatedAt,
            [.. workshop.Contributions.Select(c => new PersonalContributionJson(
                c.Id, c.Kind, c.At, c.SegmentId is { } s ? frame.FindSegment(s)?.Name : null,
                c.StageIndex is { } i && i >= 0 && i < frame.Stages.Count ? frame.Stages[i] : null,
                c.Question, c.Text, c.Score, c.Source, c.TargetId, c.IsAsync))],
            [.. workshop.Votes.Select(v => new PersonalVoteJson(v.SegmentId, v.ItemId, v.ItemText, v.Dots, v.At))],
            [.. workshop.Conclusions.Select(c => new PersonalConclusionJson(c.Topic.ToString(), c.Text, c.At))],
            [.. workshop.ActionItems.Select(a => new PersonalActionItemJson(a.Text, a.Due, a.At))]);
    }
}

public sealed record PersonalDataFile(string PersonId, string PersonName, DateTimeOffset GeneratedAt, IReadOnlyList<PersonalWorkshopJson> Workshops);

public sealed record PersonalWorkshopJson(
    string WorkshopId, string Title, int Version, DateTimeOffset CreatedAt,
    IReadOnlyList<PersonalContributionJson> Contributions, IReadOnlyList<PersonalVoteJson> Votes,
    IReadOnlyList<PersonalConclusionJson> Conclusions, IReadOnlyList<PersonalActionItemJson> ActionItems);

public sealed record PersonalContributionJson(
    string Id, ContributionKind Kind, DateTimeOffset At, string? Segment, string? Stage, QuestionKey? Question, string? Text, int? Score,
    EvidenceSource? Source, string? ReplacesOrWithdraws, bool InPersonalChat);

public sealed record PersonalVoteJson(string Segment, string ItemId, string? Item, int Dots, DateTimeOffset At);

public sealed record PersonalConclusionJson(string Topic, string Text, DateTimeOffset At);

public sealed record PersonalActionItemJson(string Task, DateOnly Due, DateTimeOffset AssignedAt);

/// <summary>The one source-generated context of the export files' JSON (web names, enums by name, indented for people who open it).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PersonalDataFile))]
internal sealed partial class PersonalDataJsonContext : JsonSerializerContext;
