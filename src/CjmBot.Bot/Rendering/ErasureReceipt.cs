using System.Globalization;
using System.Text;
using CjmBot.Application.UseCases.People;
using CjmBot.Cards.Localization;
using CjmBot.Workshops;

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

        var lines = new StringBuilder(text.Forgotten(forgotten.Workshops));
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
