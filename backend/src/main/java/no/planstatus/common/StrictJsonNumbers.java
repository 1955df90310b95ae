package no.planstatus.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Whole numbers in a JSON body must be JSON integers. Jackson would otherwise read the strings {@code "1"},
 * {@code "+1"}, {@code "0001"}, {@code " 1"}, {@code "١"} or {@code "１"} and the number {@code 1.0} all as 1, so an
 * id in a body could be spelled as many ways as {@link Params} now refuses in paths and query parameters.
 * A field given twice in one object is refused too (Jackson would keep the last), as in plan files.
 */
@Singleton
public class StrictJsonNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper objectMapper) {
        objectMapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        objectMapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
