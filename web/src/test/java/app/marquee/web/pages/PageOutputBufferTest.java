package app.marquee.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageOutputBufferTest {

    /** Records the size of every write that reaches it. */
    static final class Connection extends OutputStream {
        final ByteArrayOutputStream received = new ByteArrayOutputStream();
        final List<Integer> writes = new ArrayList<>();
        int flushes;

        @Override
        public void write(int b) {
            writes.add(1);
            received.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            writes.add(length);
            received.write(bytes, offset, length);
        }

        @Override
        public void flush() {
            flushes++;
        }
    }

    @Test
    void bytesWrittenOneByOneReachTheConnectionInBlocksAndInOrder() throws IOException {
        Connection connection = new Connection();
        PageOutputBuffer.BlockStream blocks = new PageOutputBuffer.BlockStream(connection);
        byte[] page = "<p>Ünïcødé</p>".repeat(2000).getBytes(StandardCharsets.UTF_8);

        for (byte b : page) {
            blocks.write(b);
        }
        assertThat(connection.writes)
                .as("nothing passes on byte by byte")
                .allMatch(size -> size == PageOutputBuffer.SIZE);
        blocks.drain();

        assertThat(connection.received.toByteArray()).isEqualTo(page);
        assertThat(connection.writes).hasSize((page.length + PageOutputBuffer.SIZE - 1) / PageOutputBuffer.SIZE);
    }

    @Test
    void largeAndSmallArraysKeepTheirOrderAndFlushesPassThrough() throws IOException {
        Connection connection = new Connection();
        PageOutputBuffer.BlockStream blocks = new PageOutputBuffer.BlockStream(connection);
        byte[] large = new byte[PageOutputBuffer.SIZE * 2];
        java.util.Arrays.fill(large, (byte) 'L');

        blocks.write("head".getBytes(StandardCharsets.US_ASCII), 0, 4);
        blocks.write(large, 0, large.length);
        blocks.write("tail".getBytes(StandardCharsets.US_ASCII), 0, 4);
        assertThat(connection.received.size())
                .as("the tail waits in the buffer")
                .isEqualTo(4 + large.length);
        blocks.flush();

        assertThat(connection.flushes).isEqualTo(1);
        assertThat(new String(connection.received.toByteArray(), StandardCharsets.US_ASCII))
                .isEqualTo("head" + "L".repeat(large.length) + "tail");
    }
}
