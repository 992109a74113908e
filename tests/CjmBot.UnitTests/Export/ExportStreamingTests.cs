using CjmBot.Export;
using Xunit;

namespace CjmBot.UnitTests.Export;

/// <summary>
/// Every exporter writes to an output like an HTTP response body: unseekable, asynchronous writes only, and in pieces
/// as the file is made rather than all at once at the end. (Memory under load is measured by the benchmark.)
/// </summary>
public sealed class ExportStreamingTests
{
    public static TheoryData<ExportFormat> Formats => new(Enum.GetValues<ExportFormat>());

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task LargeWorkshop_ToAnUnseekableAsyncOnlyOutput_ArrivesInChunks_AndEqualsTheBufferedFile(ExportFormat format)
    {
        var workshop = ExportSamples.Large(5000);
        var output = new ResponseLikeStream();

        await WorkshopExporters.For(format).WriteAsync(workshop, output, CancellationToken.None);

        Assert.Equal(await ExportSamples.BytesAsync(format, workshop), output.Written.ToArray());
        Assert.True(output.Writes >= 5, $"{format}: {output.Writes} writes; a streamed file arrives in pieces.");
        Assert.True(output.LargestWrite <= 256 * 1024, $"{format}: a write of {output.LargestWrite} bytes; the file is not held whole.");
    }

    /// <summary>Refuses what Kestrel's response body refuses by default: seeking and synchronous writes.</summary>
    private sealed class ResponseLikeStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            return Written.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
