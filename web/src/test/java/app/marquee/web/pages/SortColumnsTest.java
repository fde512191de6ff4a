package app.marquee.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SortColumnsTest {

    @Test
    void clickingAColumnSortsItAscendingThenDescendingThenAscendingAgain() {
        assertThat(SortColumns.nextSort("birthday", "name")).isEqualTo("name");
        assertThat(SortColumns.nextSort("name", "name")).isEqualTo("-name");
        assertThat(SortColumns.nextSort("-name", "name")).isEqualTo("name");
    }

    @Test
    void headerSaysWhichWayItsColumnIsSorted() {
        assertThat(SortColumns.ariaSort("title", "title")).isEqualTo("ascending");
        assertThat(SortColumns.ariaSort("-title", "title")).isEqualTo("descending");
        assertThat(SortColumns.ariaSort("-releaseDate", "title")).isEqualTo("none");
    }
}
