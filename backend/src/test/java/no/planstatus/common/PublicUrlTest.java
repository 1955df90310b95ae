package no.planstatus.common;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** PLANSTATUS_PUBLIC_URL is checked and normalised when the application starts. */
class PublicUrlTest {

    @ParameterizedTest
    @CsvSource({
            "https://planstatus.example.no, https://planstatus.example.no/",
            "https://planstatus.example.no/, https://planstatus.example.no/",
            "https://planstatus.example.no//, https://planstatus.example.no/",
            "' HTTPS://Planstatus.Example.no:8443/plan/ ', https://planstatus.example.no:8443/plan/",
            "http://localhost:8080, http://localhost:8080/",
            "http://[::1]:8080/x, http://[::1]:8080/x/"})
    void shouldNormaliseToOneTrailingSlash(String setting, String base) {
        PublicUrl url = PublicUrl.parse(setting);

        assertThat(url.base(), equalTo(base));
        assertThat(url.link("/tiltak/5"), equalTo(base + "tiltak/5"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "planstatus.example.no", "/planstatus", "ftp://planstatus.example.no",
            "https://planstatus.example.no/?x=1", "https://planstatus.example.no/#top", "https://planstatus.example.no?",
            "https://user:secret@planstatus.example.no", "https:///path", "javascript:alert(1)", "https://exa mple.no"})
    void shouldRefuseAnythingButAnAbsoluteHttpAddressWithoutQueryOrFragment(String setting) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> PublicUrl.parse(setting));

        assertThat(refused.getMessage(), containsString("PLANSTATUS_PUBLIC_URL"));
    }

    @ParameterizedTest
    @CsvSource({"https://intranett.kommune.example/planstatus, intranett.kommune.example",
            "http://localhost:8080, localhost"})
    void shouldNameTheHostForFeedIds(String setting, String host) {
        assertThat(PublicUrl.parse(setting).host(), equalTo(host));
    }
}
