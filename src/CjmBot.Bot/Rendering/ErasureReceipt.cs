using System.Globalization;
using System.Text;
using CjmBot.Application.UseCases.People;
using CjmBot.Cards.Localization;
using CjmBot.Cards.Elements;
using CjmBot.Workshops;
using CjmBot.Workshops.People;

namespace CjmBot.Bot.Rendering;

/// <summary>The receipt of a person's erasure: what was removed or anonymised, kind by kind.</summary>
public static class ErasureReceipt
{
    public static string Describe(PersonForgotten forgotten, Language language)
    {
        ArgumentNullException.ThrowIfNull(forgotten);
        var text = PeopleText.For(language);
        var erasure = forgotten.Erasure;
        if (forgotten.Workshops == 0)
        {
            return text.NothingToForget;
        }

        return Lines(text.Forgotten(forgotten.Workshops), erasure, text);
    }

    /// <summary>A facilitator's erasure of one participant in their workshop.</summary>
    public static string Describe(ParticipantForgotten forgotten)
    {
        ArgumentNullException.ThrowIfNull(forgotten);
        var text = PeopleText.For(forgotten.Workshop.Frame.Language);
        return Lines(text.ParticipantForgotten(ParticipantText.EscapeMarkdown(forgotten.Person.Name)), forgotten.Erasure, text);
    }

    private static string Lines(string heading, PersonErasure erasure, PeopleText text)
    {
        var lines = new StringBuilder(heading);
        void Line(string what, int count)
        {
            if (count > 0)
            {
                lines.Append("\n\n- ").Append(what).Append(": ").Append(count.ToString(CultureInfo.InvariantCulture));
            }
        }

        foreach (var (kind, count) in erasure.Contributions.OrderBy(pair => pair.Key))
        {
            Line(text.ContributionsRemoved(kind), count);
        }

        Line(text.ConclusionsRemoved, erasure.Conclusions);
        Line(text.InvitationsRemoved, erasure.Invitations);
        Line(text.BallotsKept, erasure.Ballots);
        Line(text.ActionItemsKept, erasure.ActionItems);
        Line(text.OtherItemsRemoved, erasure.OtherItems);
        return lines.ToString();
    }
}
