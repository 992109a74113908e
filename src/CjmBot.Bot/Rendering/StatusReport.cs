using CjmBot.Application.UseCases.Reading;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;
using CjmBot.Workshops.Async;
using CjmBot.Workshops.Progress;

namespace CjmBot.Bot.Rendering;

/// <summary>
/// <c>status</c>: where the session stands, and for a facilitator who was invited to answer in a personal chat, who
/// finished and who has not. Never an answer; with anonymity on, not even how many each gave.
/// </summary>
public static class StatusReport
{
    /// <param name="zone">The reader's time zone (null: UTC).</param>
    public static string Describe(WorkshopRead read, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        var (frame, progress, workshop) = (read.Workshop.Frame, read.Workshop.Progress, read.Workshop);
        var text = WorkshopText.For(frame.Language);
        var lines = new List<string> { text.StatusLine(ParticipantText.EscapeMarkdown(frame.Title), text.StatusName(progress.Status)) };
        if (progress.Status != WorkshopStatus.Finished)
        {
            var position = progress.Position;
            lines.Add(ParticipantText.EscapeMarkdown(frame.Segments[position.Segment].Name) + " · "
                + text.StageOf(position.Stage + 1, frame.Stages.Count, ParticipantText.EscapeMarkdown(frame.Stages[position.Stage])) + " · "
                + text.QuestionOf(position.Question + 1, frame.Questions.Count));
        }

        if (progress is { Status: WorkshopStatus.Running, TimerDueAt: { } due })
        {
            lines.Add(text.TimerEndsAt(WorkshopTexts.Time(due, frame.Language)));
        }

        lines.Add(text.StatusCounts(workshop.Answers.Count, workshop.Insights.Count));
        if (workshop.HiddenTotal is > 0 and var hidden)
        {
            lines.Add(BlindText.For(frame.Language).MapHidden(hidden));
        }
        if (read.Contributors is { Invitations.Count: > 0 } contributors)
        {
            lines.Add(Contributors(read, contributors, zone));
        }

        return string.Join("\n\n", lines);
    }

    private static string Contributors(WorkshopRead read, ContributorsView contributors, TimeZoneInfo? zone)
    {
        var workshop = read.Workshop;
        var text = AsyncText.For(workshop.Frame.Language);
        var heading = text.StatusHeading;
        if (contributors.Window is { Deadline: { } deadline } window)
        {
            heading += " " + text.StatusDeadline(AsyncTexts.DateTime(deadline, zone)) + (window.Closed ? ", " + text.StatusWindowClosed : "");
        }

        var lines = new List<string> { heading };
        foreach (var invitation in contributors.Invitations.OrderBy(i => i.State != InvitationState.Finished).ThenBy(i => i.Person.Name, StringComparer.CurrentCulture))
        {
            var state = invitation.State switch
            {
                InvitationState.Finished => text.StateFinished,
                InvitationState.NotInstalled => text.StateNotInstalled,
                _ => text.StateInvited,
            };
            var given = AsyncQuestion.GivenBy(workshop, invitation.Person.Id).Count;
            var count = workshop.Frame.Anonymous || invitation.State == InvitationState.NotInstalled ? "" : " (" + text.AnswerCount(given) + ")";
            lines.Add($"- {ParticipantText.EscapeMarkdown(invitation.Person.Name)} — {state}{count}");
        }

        return string.Join("\n", lines);
    }
}
