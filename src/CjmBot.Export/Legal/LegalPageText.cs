using CjmBot.Workshops;

namespace CjmBot.Export.Legal;

/// <summary>
/// The privacy statement and the terms of use in one language (see <see cref="LegalPageTexts"/>). They say what the bot
/// does today, no more: a promise here is one the code keeps.
/// </summary>
public sealed record LegalPageText
{
    public required Language Language { get; init; }

    public required LegalPage Privacy { get; init; }

    public required LegalPage Terms { get; init; }

    /// <summary>The link to the same page in the other language, written in that language.</summary>
    public required string OtherLanguage { get; init; }
}

/// <summary>One page: its title, an opening paragraph and its sections in order.</summary>
public sealed record LegalPage(string Title, string Intro, IReadOnlyList<LegalSection> Sections);

/// <summary>A section: a heading and its paragraphs (plain text; the page encodes it).</summary>
public sealed record LegalSection(string Heading, IReadOnlyList<string> Paragraphs);

/// <summary>What this copy of the bot is set to, as the privacy statement states it: closed workshops are kept <see cref="ClosedWorkshopDays"/> days (0: until deleted by hand).</summary>
public sealed record LegalFacts(int ClosedWorkshopDays)
{
    public static LegalFacts KeepForever { get; } = new(0);
}
