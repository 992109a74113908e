using System.Text;
using CjmBot.Export.Html;
using CjmBot.Export.MapPage;
using CjmBot.Workshops;

namespace CjmBot.Export.Legal;

/// <summary>
/// The <c>/privacy</c> and <c>/terms</c> pages: plain server-rendered HTML with the map page's style sheet, no script
/// at all, each linking the other page and its own copy in the other language.
/// </summary>
public static class LegalPageDocument
{
    public const string PrivacyPath = "/privacy";
    public const string TermsPath = "/terms";

    public static string Privacy(Language language, MapPageAssets assets, LegalFacts facts) =>
        Page(language, assets, facts, text => text.Privacy, PrivacyPath, text => text.Terms.Title, TermsPath);

    public static string Terms(Language language, MapPageAssets assets, LegalFacts facts) =>
        Page(language, assets, facts, text => text.Terms, TermsPath, text => text.Privacy.Title, PrivacyPath);

    private static string Page(
        Language language, MapPageAssets assets, LegalFacts facts, Func<LegalPageText, LegalPage> pageOf, string path, Func<LegalPageText, string> otherTitleOf, string otherPath)
    {
        var text = LegalPageTexts.For(language, facts);
        var (page, otherTitle) = (pageOf(text), otherTitleOf(text));
        ArgumentNullException.ThrowIfNull(assets);
        var other = language == Language.Ru ? Language.En : Language.Ru;
        var html = new StringBuilder(8192);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language.Code()).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n")
            .Append("<title>").Append(E(page.Title)).Append("</title>\n<link rel=\"stylesheet\" href=\"").Append(E(assets.StyleUrl)).Append("\">\n</head>\n")
            .Append("<body class=\"legal\">\n<main>\n<h1>").Append(E(page.Title)).Append("</h1>\n")
            .Append("<p><a href=\"").Append(path).Append("?lang=").Append(other.Code()).Append("\" lang=\"").Append(other.Code()).Append("\" hreflang=\"")
            .Append(other.Code()).Append("\">").Append(E(LegalPageTexts.For(other, facts).OtherLanguage)).Append("</a> · <a href=\"").Append(otherPath)
            .Append("?lang=").Append(language.Code()).Append("\">").Append(E(otherTitle)).Append("</a></p>\n")
            .Append("<p>").Append(E(page.Intro)).Append("</p>\n");
        foreach (var section in page.Sections)
        {
            html.Append("<h2>").Append(E(section.Heading)).Append("</h2>\n");
            foreach (var paragraph in section.Paragraphs)
            {
                html.Append("<p>").Append(E(paragraph)).Append("</p>\n");
            }
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string text) => HtmlExporter.E(text);
}
