using System.Globalization;
using System.Text;
using CjmBot.Application.UseCases.Sessions;
using CjmBot.Bot.LiveMap;
using CjmBot.Cards.Elements;
using CjmBot.Cards.Localization;

namespace CjmBot.Bot.Rendering;

/// <summary>The facilitator's receipt of a deletion: what was removed, kind by kind.</summary>
public static class DeletionReport
{
    public static string Describe(WorkshopDeleted deleted, MapMessageRemoval mapMessage)
    {
        ArgumentNullException.ThrowIfNull(deleted);
        var text = SummaryText.For(deleted.Workshop.Frame.Language);
        var rows = deleted.Removal;
        var lines = new StringBuilder(text.Deleted(ParticipantText.EscapeMarkdown(deleted.Workshop.Frame.Title)));
        void Line(string what, int count)
        {
            if (count > 0)
            {
                lines.Append("\n\n- ").Append(what).Append(": ").Append(count.ToString(CultureInfo.InvariantCulture));
            }
        }

        foreach (var (kind, count) in rows.Contributions.OrderBy(pair => pair.Key))
        {
            Line(text.ContributionRows(kind), count);
        }

        foreach (var (prefix, count) in rows.OtherRows.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            Line(text.OtherRows(prefix), count);
        }

        Line(text.HeadRows, rows.HeadRows);
        Line(text.IndexRows, rows.IndexRows);
        Line(text.ScheduledJobs, deleted.Jobs);
        Line(text.MapMessage, mapMessage == MapMessageRemoval.Removed ? 1 : 0);
        Line(text.MapMessageReplaced, mapMessage == MapMessageRemoval.Replaced ? 1 : 0);
        if (mapMessage == MapMessageRemoval.Kept)
        {
            lines.Append("\n\n").Append(text.MapMessageKept);
        }

        return lines.ToString();
    }
}
