using System.Text;
using CjmBot.Cards.Screens;
using CjmBot.Protocol.Serialization;
using CjmBot.Testing;
using CjmBot.Workshops.Questions;
using Xunit;

namespace CjmBot.UnitTests.Cards;

public sealed class ThemesCardTests
{
    [Fact]
    public void Create_ManyLongAnswers_StaysUnderTheLimitAndCountsWhatIsLeftOut()
    {
        var frame = SampleWorkshops.Frame();
        var segments = frame.Segments.Select(segment => SampleThemes.Large(segment, themes: 40, answersEach: 30)).ToList();

        var json = ProtocolJson.Write(ThemesCard.Create(frame, QuestionKey.Barriers, segments));

        Assert.True(Encoding.Unicode.GetByteCount(json) <= MapCard.MaxCardBytes, $"{Encoding.Unicode.GetByteCount(json)} bytes as UTF-16.");
        Assert.Contains("1200 answers in 40 themes", json, StringComparison.Ordinal);
        Assert.Contains("30 answers", json, StringComparison.Ordinal);
        Assert.Contains(" more\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FewAnswers_ShowsEveryThemeAndAtMostFiveAnswersEach()
    {
        var frame = SampleWorkshops.Frame();

        var json = ProtocolJson.Write(ThemesCard.Create(frame, QuestionKey.Barriers, SampleThemes.Of(frame.Language)));

        Assert.Contains("delivery cost", json, StringComparison.Ordinal);
        Assert.Contains("7 answers", json, StringComparison.Ordinal);
        Assert.Contains("2 more\"", json, StringComparison.Ordinal);
        Assert.Contains("card payment", json, StringComparison.Ordinal);
        Assert.Contains("No answers in this lane yet.", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ManyAcceptedThemes_StaysUnderTheLimitWithItsTools()
    {
        var frame = SampleWorkshops.Frame();
        var segments = frame.Segments.Select(segment => SampleThemes.LargeAccepted(segment, themes: 40, answersEach: 30)).ToList();

        var card = ThemesCard.Create(frame, QuestionKey.Barriers, segments);
        var json = ProtocolJson.Write(card);

        Assert.True(Encoding.Unicode.GetByteCount(json) <= MapCard.MaxCardBytes, $"{Encoding.Unicode.GetByteCount(json)} bytes as UTF-16.");
        Assert.Contains("1200 answers in 40 themes", json, StringComparison.Ordinal);
        Assert.Contains(new CardView(card).Buttons, button => button.Title == "Merge");
    }

    [Fact]
    public void Create_Accepted_ShowsSuggestionsAsPlainTextAndEveryToolOnce()
    {
        var frame = SampleWorkshops.Frame();

        var view = new CardView(ThemesCard.Create(frame, QuestionKey.Barriers, SampleThemes.Accepted(frame.Language)));

        Assert.Contains("• delivery ‹at›far‹/at› too pricey — suggested: Delivery cost", view.Texts);
        Assert.Equal(
            ["Accept suggestions", "Accept “card payment”", "Accept all", "Rename", "Merge", "Move", "Split off", "Back to the proposal"],
            view.Buttons.Select(button => button.Title));
    }
}
