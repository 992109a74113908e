using System.Buffers.Binary;
using CjmBot.Export.Html;
using CjmBot.Testing;
using Xunit;
using Xunit.Abstractions;

namespace CjmBot.IntegrationTests.Export;

/// <summary>
/// The printable HTML map as a browser draws it: headless Chromium renders the export (emotion curve as SVG, the map
/// grid) to <c>.test-artifacts/export/map.png</c>, which must be a real picture of the page, not an empty one.
/// </summary>
public sealed class HtmlMapScreenshotTests(ITestOutputHelper output)
{
    public const string Chromium = "/usr/bin/chromium";
    private const int Width = 1280;
    private const int Height = 1800;

    [Fact]
    public async Task HtmlExport_RenderedInHeadlessChromium_IsANonTrivialPng()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run 'apt-get update && apt-get install -y chromium' as root, or scripts/test.sh.");
        var directory = Path.Combine(NodeTools.RepoRoot, ".test-artifacts", "export");
        Directory.CreateDirectory(directory);
        var html = Path.Combine(directory, "map.html");
        var png = Path.Combine(directory, "map.png");
        File.Delete(png);
        await using (var file = File.Create(html))
        {
            await new HtmlExporter().WriteAsync(SampleWorkshops.Snapshot(answersPerQuestion: 3, stages: 5), file, CancellationToken.None);
        }

        var profile = Directory.CreateTempSubdirectory("cjmbot-chromium-");
        try
        {
            var result = await ProcessRunner.RunAsync(
                Chromium,
                [
                    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-extensions",
                    $"--user-data-dir={profile.FullName}", $"--window-size={Width},{Height}", $"--screenshot={png}", new Uri(html).AbsoluteUri,
                ],
                directory,
                timeout: TimeSpan.FromSeconds(90));
            output.WriteLine($"chromium exited {result.ExitCode}\n{result.StandardError}");
            Assert.True(File.Exists(png), $"Chromium wrote no screenshot (exit {result.ExitCode}): {result.StandardError}");
        }
        finally
        {
            profile.Delete(recursive: true);
        }

        var bytes = await File.ReadAllBytesAsync(png);
        output.WriteLine($"{png}: {bytes.Length} bytes");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
        Assert.Equal("IHDR"u8.ToArray(), bytes[12..16]);
        Assert.Equal(Width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(Height, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        // A blank page of this size compresses to a few kilobytes; text, the grid and the curve make it far larger.
        Assert.True(bytes.Length > 60_000, $"The screenshot is only {bytes.Length} bytes: the page looks empty.");
    }
}
