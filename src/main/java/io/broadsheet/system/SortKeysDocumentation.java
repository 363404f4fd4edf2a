package io.broadsheet.system;

import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Gives the {@code sort} parameter of each operation annotated with {@link SortKeys} the
 * description and example of its own keys. Declared through the operation's
 * {@code @Operation(parameters = ...)}, springdoc would move the parameter ahead of the
 * others, which would reorder the arguments of generated clients.
 */
@Component
class SortKeysDocumentation implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handlerMethod) {
		SortKeys keys = handlerMethod.getMethodAnnotation(SortKeys.class);
		List<Parameter> parameters = operation.getParameters();
		if (keys != null && parameters != null) {
			parameters.stream()
				.filter((parameter) -> "sort".equals(parameter.getName()) && "query".equals(parameter.getIn()))
				.forEach((parameter) -> {
					parameter.setDescription(keys.description());
					if (parameter.getSchema() != null && parameter.getSchema().getItems() != null) {
						parameter.getSchema().getItems().setExample(keys.example());
					}
				});
		}
		return operation;
	}

}
