using CjmBot.Workshops.Contributions;
using CjmBot.Workshops.Frame;

namespace CjmBot.Workshops.Summary;

/// <summary>Who took part and how much: answers standing now (after edits and withdrawals) and insights, per person.</summary>
public sealed record Participation(int Answers, int Insights, IReadOnlyList<ParticipantShare> People)
{
    public static Participation Of(WorkshopSnapshot workshop)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        var answers = workshop.Answers;
        var insights = workshop.Insights;
        var people = answers.Select(answer => answer.Author).Concat(insights.Select(insight => insight.Author))
            .DistinctBy(person => person.Id)
            .Select(person => new ParticipantShare(
                person,
                answers.Count(answer => answer.Author.Id == person.Id),
                insights.Count(insight => insight.Author.Id == person.Id)))
            .OrderByDescending(share => share.Answers + share.Insights)
            .ThenBy(share => share.Person.Name, StringComparer.CurrentCulture)
            .ToList();
        return new Participation(answers.Count, insights.Count, people);
    }
}

/// <summary>One person's part.</summary>
public sealed record ParticipantShare(Participant Person, int Answers, int Insights);
