using System.Text.Json.Nodes;

namespace CjmBot.Cards.Elements;

/// <summary>
/// A Teams line chart. Teams mobile and other hosts do not render charts, so it always carries a fallback
/// element with the same content as text.
/// </summary>
public sealed record LineChart(IReadOnlyList<ChartSeries> Series, CardElement Fallback) : CardElement
{
    public string? Title { get; init; }
    public string? XAxisTitle { get; init; }
    public string? YAxisTitle { get; init; }

    protected override string TypeName => "Chart.Line";

    protected override void WriteProperties(JsonObject json)
    {
        if (Title is not null)
        {
            json["title"] = Title;
        }

        if (XAxisTitle is not null)
        {
            json["xAxisTitle"] = XAxisTitle;
        }

        if (YAxisTitle is not null)
        {
            json["yAxisTitle"] = YAxisTitle;
        }

        json["data"] = Array(Series, series => new JsonObject
        {
            ["legend"] = series.Legend,
            ["values"] = Array(series.Points, point => new JsonObject { ["x"] = ParticipantText.Clean(point.X), ["y"] = point.Y }),
        });
        json["fallback"] = Fallback.ToJson();
    }
}

public sealed record ChartSeries(string Legend, IReadOnlyList<ChartPoint> Points);

public sealed record ChartPoint(string X, double Y);
