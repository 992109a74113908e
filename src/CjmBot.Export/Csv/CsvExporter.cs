using System.Globalization;
using System.Text;
using CjmBot.Export.Model;
using CjmBot.Workshops;

namespace CjmBot.Export.Csv;

/// <summary>
/// One row per answer, then one per insight, action item and conclusion (same columns; the question column says which), RFC 4180 with CRLF, UTF-8 with a byte order mark so Excel opens Cyrillic correctly.
/// The score stays a plain number; every text cell is neutralised against formula injection.
/// </summary>
public sealed class CsvExporter : IWorkshopExporter
{
    public ExportFormat Format => ExportFormat.Csv;

    public string ContentType => "text/csv; charset=utf-8";

    public string FileExtension => ".csv";

    public async Task WriteAsync(WorkshopSnapshot workshop, Stream output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var model = ExportModel.Build(workshop);
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            var line = new StringBuilder(512);
            foreach (var row in Lines(model))
            {
                line.Clear();
                for (var i = 0; i < row.Length; i++)
                {
                    if (i > 0)
                    {
                        line.Append(',');
                    }

                    CsvFields.Append(line, row[i]);
                }

                line.Append("\r\n");
                await writer.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            }

            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    internal static string[] Header(ExportModel model)
    {
        var text = model.Text;
        return [text.SegmentLabel, text.StageLabel, text.QuestionLabel, text.AuthorLabel, text.ScoreLabel, text.SourceLabel, text.AnsweredInLabel, text.VotesLabel, text.TimeLabel, text.TextLabel, text.ThemeLabel];
    }

    private static IEnumerable<string[]> Lines(ExportModel model)
    {
        yield return Header(model);
        foreach (var row in model.Rows.Concat(model.InsightRows).Concat(model.DecisionRows))
        {
            yield return
            [
                CsvFields.Neutralise(row.Segment),
                CsvFields.Neutralise(row.Stage),
                CsvFields.Neutralise(row.Question),
                CsvFields.Neutralise(row.Author),
                row.Score?.ToString(CultureInfo.InvariantCulture) ?? "",
                CsvFields.Neutralise(row.Source),
                row.AnsweredIn,
                row.Votes.ToString(CultureInfo.InvariantCulture),
                row.Time,
                CsvFields.Neutralise(row.Text),
                CsvFields.Neutralise(row.Theme),
            ];
        }
    }
}
