using System.Text.Json.Nodes;
using CjmBot.Testing;
using Xunit;

namespace CjmBot.UnitTests.Cards;

public sealed class CardValidatorTests
{
    private static JsonObject ValidCard() => new()
    {
        ["type"] = "AdaptiveCard",
        ["version"] = "1.5",
        ["body"] = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = "Этап: Осознание", ["wrap"] = true, ["weight"] = "Bolder" },
            new JsonObject
            {
                ["type"] = "Icon",
                ["name"] = "Map",
                ["fallback"] = new JsonObject { ["type"] = "TextBlock", ["text"] = "Map", ["wrap"] = true },
            },
            new JsonObject
            {
                ["type"] = "ColumnSet",
                ["columns"] = new JsonArray
                {
                    new JsonObject { ["type"] = "Column", ["items"] = new JsonArray() },
                    new JsonObject { ["type"] = "Column", ["items"] = new JsonArray() },
                    new JsonObject { ["type"] = "Column", ["items"] = new JsonArray() },
                },
            },
            new JsonObject { ["type"] = "Input.Text", ["id"] = "answer", ["label"] = "Your answer", ["isRequired"] = true, ["errorMessage"] = "Please answer" },
        },
        ["actions"] = new JsonArray
        {
            new JsonObject { ["type"] = "Action.Execute", ["title"] = "Send", ["verb"] = "answer", ["data"] = new JsonObject { ["type"] = "opaque" } },
        },
    };

    private static JsonObject CardWithBody(params JsonNode[] elements)
    {
        var card = ValidCard();
        card["body"] = new JsonArray(elements);
        return card;
    }

    private static async Task<IReadOnlyList<ValidationIssue>> ValidateOneAsync(JsonObject card)
    {
        var result = await CardValidator.ValidateAsync([("card", card)]);
        return result["card"];
    }

    [Fact]
    public async Task ValidCard_Validate_HasNoIssues()
    {
        var issues = await ValidateOneAsync(ValidCard());

        Assert.True(issues.Count == 0, string.Join('\n', issues));
    }

    [Fact]
    public async Task UnknownElementType_Validate_ReportsUnknownElementType()
    {
        var issue = Assert.Single(await ValidateOneAsync(CardWithBody(new JsonObject { ["type"] = "Bogus.Element" })));

        Assert.Equal("UnknownElementType", issue.Code);
        Assert.Contains("\"Bogus.Element\"", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version16_Validate_ReportsWrongVersion()
    {
        var card = ValidCard();
        card["version"] = "1.6";

        var issue = Assert.Single(await ValidateOneAsync(card));

        Assert.Equal("WrongVersion", issue.Code);
        Assert.Equal("Card \"version\" must be \"1.5\" (found \"1.6\").", issue.Message);
    }

    [Fact]
    public async Task MissingVersion_Validate_ReportsMissingVersion()
    {
        var card = ValidCard();
        card.Remove("version");

        var issue = Assert.Single(await ValidateOneAsync(card));

        Assert.Equal("MissingVersion", issue.Code);
        Assert.Equal("version", issue.Path);
    }

    [Fact]
    public async Task InputWithoutLabel_Validate_ReportsInputWithoutLabel()
    {
        var issue = Assert.Single(await ValidateOneAsync(CardWithBody(new JsonObject { ["type"] = "Input.Text", ["id"] = "comment" })));

        Assert.Equal("InputWithoutLabel", issue.Code);
        Assert.Equal("body[0]", issue.Path);
        Assert.Contains("Input.Text must have a \"label\"", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextBlockWithoutWrap_Validate_ReportsTextBlockWithoutWrap()
    {
        var issue = Assert.Single(await ValidateOneAsync(CardWithBody(new JsonObject { ["type"] = "TextBlock", ["text"] = "Long text" })));

        Assert.Equal("TextBlockWithoutWrap", issue.Code);
        Assert.Contains("\"wrap\": true", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChartWithoutFallback_Validate_ReportsMissingFallback()
    {
        var issue = Assert.Single(await ValidateOneAsync(CardWithBody(new JsonObject { ["type"] = "Chart.Line", ["data"] = new JsonArray() })));

        Assert.Equal("TeamsOnlyElementWithoutFallback", issue.Code);
    }

    [Fact]
    public async Task FourColumns_Validate_ReportsTooManyColumns()
    {
        var columns = new JsonArray();
        for (var i = 0; i < 4; i++)
        {
            columns.Add(new JsonObject { ["type"] = "Column", ["items"] = new JsonArray() });
        }

        var issue = Assert.Single(await ValidateOneAsync(CardWithBody(new JsonObject { ["type"] = "ColumnSet", ["columns"] = columns })));

        Assert.Equal("TooManyColumns", issue.Code);
    }

    [Fact]
    public async Task SevenActions_Validate_ReportsTooManyActions()
    {
        var card = ValidCard();
        var actions = new JsonArray();
        for (var i = 0; i < 7; i++)
        {
            actions.Add(new JsonObject { ["type"] = "Action.Submit", ["title"] = $"Option {i}" });
        }

        card["actions"] = actions;

        Assert.Equal("TooManyActions", Assert.Single(await ValidateOneAsync(card)).Code);
    }

    [Fact]
    public async Task CardOver80KilobytesAsUtf16_Validate_ReportsCardTooLarge()
    {
        // 41,000 Cyrillic letters are 41,000 UTF-16 code units: 82,000 bytes, over the 81,920 budget.
        var card = CardWithBody(new JsonObject { ["type"] = "TextBlock", ["text"] = new string('ж', 41_000), ["wrap"] = true });

        var issue = Assert.Single(await ValidateOneAsync(card));

        Assert.Equal("CardTooLarge", issue.Code);
    }

    [Fact]
    public async Task SeveralCards_Validate_ReportsIssuesPerCardName()
    {
        var broken = ValidCard();
        broken["version"] = "1.6";

        var result = await CardValidator.ValidateAsync([("good card", ValidCard()), ("broken/card", broken)]);

        Assert.Empty(result["good card"]);
        Assert.Equal("WrongVersion", Assert.Single(result["broken/card"]).Code);
    }

    [Fact]
    public async Task ActivityWrapper_Validate_ChecksTheAttachedCard()
    {
        var broken = ValidCard();
        broken.Remove("version");
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray
            {
                new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = broken },
            },
        };

        var issue = Assert.Single(await ValidateOneAsync(activity));

        Assert.Equal("MissingVersion", issue.Code);
        Assert.Equal("attachments[0].content.version", issue.Path);
    }
}
