namespace CjmBot.Export.Streaming;

/// <summary>
/// A write-only, unseekable stream that keeps what synchronous writers (a <see cref="System.IO.Compression.ZipArchive"/>,
/// an <see cref="System.Xml.XmlWriter"/>) write to it, and passes it on to the real output asynchronously when the
/// exporter calls <see cref="DrainAsync"/>. A response stream thus never sees a synchronous write, and memory holds one
/// chunk of the file instead of all of it.
/// </summary>
internal sealed class DrainingStream(Stream output) : Stream
{
    private readonly MemoryStream _pending = new();

    /// <summary>Bytes written since the last drain.</summary>
    public long Pending => _pending.Length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>Writes what is pending to the output and forgets it (the buffer's capacity is kept for the next chunk).</summary>
    public async ValueTask DrainAsync(CancellationToken cancellationToken)
    {
        if (_pending.Length == 0)
        {
            return;
        }

        await output.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken).ConfigureAwait(false);
        _pending.SetLength(0);
    }

    public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

    public override void WriteByte(byte value) => _pending.WriteByte(value);

    /// <summary>Nothing to do: what was written waits for <see cref="DrainAsync"/>.</summary>
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
        }

        base.Dispose(disposing);
    }
}
