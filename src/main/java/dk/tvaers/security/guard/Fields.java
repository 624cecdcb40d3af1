package dk.tvaers.security.guard;

import java.lang.reflect.Field;

/** Reads a command's fields: Camunda's commands keep their arguments in protected fields without getters. */
final class Fields {

    @SuppressWarnings("unchecked")
    static <T> T read(Object target, String name) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return (T) field.get(target);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + name + " of " + type.getName(), e);
            }
        }
        throw new IllegalStateException(
                "No field " + name + " in " + target.getClass().getName());
    }

    private Fields() {}
}
