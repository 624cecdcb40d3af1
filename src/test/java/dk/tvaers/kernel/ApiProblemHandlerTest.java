package dk.tvaers.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiProblemHandlerTest {

    @Test
    void namesAFieldAsTheRequestSpellsIt() {
        assertThat(ApiProblemHandler.path(List.of(
                        new JsonMappingException.Reference(null, "members"),
                        new JsonMappingException.Reference(null, 2),
                        new JsonMappingException.Reference(null, "cpr"))))
                .isEqualTo("members[2].cpr");
        assertThat(ApiProblemHandler.path(List.<JsonMappingException.Reference>of()))
                .isEqualTo("body");
    }

    @Test
    void namesTheFieldWhereBrokenJsonStops() throws Exception {
        assertThat(whereItBreaks("{\"referral\": {\"sspCategory\": x}}")).isEqualTo("referral.sspCategory");
        assertThat(whereItBreaks("{\"members\": [{\"name\": \"A\"}, {\"cpr\": "))
                .isEqualTo("members[1].cpr");
        assertThat(whereItBreaks("henvisning")).isEqualTo("body");
    }

    private static String whereItBreaks(String json) throws Exception {
        try (JsonParser parser = new ObjectMapper().createParser(json)) {
            while (parser.nextToken() != null) {
                // read on until the syntax error
            }
        } catch (StreamReadException e) {
            return ApiProblemHandler.path(e.getProcessor().getParsingContext());
        }
        throw new AssertionError("no syntax error in " + json);
    }
}
