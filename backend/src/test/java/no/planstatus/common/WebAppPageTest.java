package no.planstatus.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parts of the served index.html that do not need a server; the browser tests load the pages themselves. */
class WebAppPageTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String MENU = "<a class=\"ds-link\" href=\"/\">Handlingsplan</a>"
            + "<a class=\"ds-link\" href=\"/dashbord\">Dashbord</a>"
            + "<a class=\"ds-link\" href=\"/ansvarlige\">Ansvarlige</a>";

    @Test
    void shouldMarkTheCurrentMenuLinkAsNavLinkDoes() {
        assertTrue(WebAppPage.markCurrent(MENU, "/").contains(
                "<a class=\"ds-link active\" href=\"/\" aria-current=\"page\">Handlingsplan"));
        String party = WebAppPage.markCurrent(MENU, "/ansvarlige/2");
        assertTrue(party.contains("href=\"/ansvarlige\" aria-current=\"page\">"));
        assertFalse(party.contains("href=\"/\" aria-current"));
        assertEquals(MENU, WebAppPage.markCurrent(MENU, "/tiltak/1"));
        assertEquals(MENU, WebAppPage.markCurrent(MENU, "/ansvarligeX"));
    }

    @Test
    void shouldWriteAnswersSoThatNothingInThemEndsTheBlock() throws Exception {
        Map<String, byte[]> answers = new LinkedHashMap<>();
        answers.put("/api/v1/goals/1", "{\"text\":\"</script><script>alert(1)</script><!--\"}"
                .getBytes(StandardCharsets.UTF_8));
        String block = WebAppPage.dataBlock(MAPPER, answers);
        String start = "<script type=\"application/json\" id=\"planstatus-first-answers\">";
        assertTrue(block.startsWith(start) && block.endsWith("</script>"));
        String json = block.substring(start.length(), block.length() - "</script>".length());
        assertFalse(json.contains("<"));
        assertEquals("</script><script>alert(1)</script><!--",
                MAPPER.readTree(json).path("/api/v1/goals/1").path("text").asText());
    }

    @Test
    void shouldChooseTheActionPlanAsTheOverviewDoes() throws Exception {
        List<JsonNode> plans = List.of(
                MAPPER.readTree("{\"id\":1,\"periodStart\":2021,\"adoptedOn\":\"2021-05-26\"}"),
                MAPPER.readTree("{\"id\":2,\"periodStart\":2023,\"adoptedOn\":null}"),
                MAPPER.readTree("{\"id\":3,\"periodStart\":2023,\"adoptedOn\":\"2023-01-10\"}"));
        // The newest adopted one with measures.
        assertEquals(3, WebAppPage.chooseActionPlan(plans, List.of(1L, 2L, 3L)));
        // A newer, adopted plan without measures does not hide the one in force.
        assertEquals(1, WebAppPage.chooseActionPlan(plans, List.of(1L)));
        // Else the newest with measures, adopted or not; else the newest.
        assertEquals(2, WebAppPage.chooseActionPlan(plans, List.of(2L)));
        assertEquals(3, WebAppPage.chooseActionPlan(plans, List.of()));
    }
}
