package io.rasd.beam;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.SeekableByteChannel;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.SeekableInputStream;

/**
 * A Parquet file read through Beam's file systems (any scheme whose channels can seek: local, gs://, s3://, mem); the
 * reading side of {@link ChannelOutputFile}.
 */
public final class ChannelInputFile implements InputFile {
  private final ResourceId file;
  private final long length;

  public ChannelInputFile(MatchResult.Metadata file) {
    this.file = file.resourceId();
    this.length = file.sizeBytes();
  }

  @Override
  public long getLength() {
    return length;
  }

  @Override
  public SeekableInputStream newStream() throws IOException {
    ReadableByteChannel opened = FileSystems.open(file);
    if (!(opened instanceof SeekableByteChannel channel)) {
      opened.close();
      throw new IOException("the file system of " + file + " cannot seek, which reading Parquet needs");
    }
    return new DelegatingSeekableInputStream(Channels.newInputStream(channel)) {
      @Override
      public long getPos() throws IOException {
        return channel.position();
      }

      @Override
      public void seek(long newPos) throws IOException {
        channel.position(newPos);
      }
    };
  }
}
