package no.planstatus.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * IN lists of ids whose query Hibernate translates once. A collection bound to one parameter ({@code in ?1}) is a
 * multi-valued binding, and Hibernate (7.2, {@code SqmInterpretationsKey.isCacheable}) keeps no plan for a query
 * with one: it translated the whole query anew on every execution, which was much of what an uncached page of
 * measures cost. These queries name one parameter per id instead ({@code in (?1, ?2, …)}), padded to the next power
 * of two by repeating the last id, so that a handful of query texts, each translated once, serve every length.
 */
public final class InList {

    /** The most ids one query takes; longer lists take a query per chunk, in ascending order of the ids. */
    public static final int MAX = 1024;

    private InList() {
    }

    /** The distinct ids, ascending, in chunks of at most {@link #MAX}. */
    public static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> sorted = new ArrayList<>(new TreeSet<>(ids));
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += MAX) {
            chunks.add(sorted.subList(from, Math.min(sorted.size(), from + MAX)));
        }
        return chunks;
    }

    /** The number of parameters a list of this many ids is bound as: the next power of two. */
    static int paddedSize(int size) {
        if (size < 1 || size > MAX) {
            throw new IllegalArgumentException("an IN list of " + size + " ids");
        }
        return Integer.highestOneBit(size) == size ? size : Integer.highestOneBit(size) << 1;
    }

    /** {@code (?1, ?2, …, ?n)} for the padded size of a list of this many ids. */
    public static String placeholders(int size) {
        int padded = paddedSize(size);
        StringBuilder text = new StringBuilder(padded * 6).append('(');
        for (int i = 1; i <= padded; i++) {
            text.append(i == 1 ? "?" : ", ?").append(i);
        }
        return text.append(')').toString();
    }

    /** The ids as positional parameters for {@link #placeholders}, the last repeated up to the padded size. */
    public static Object[] parameters(List<Long> ids) {
        Object[] parameters = new Object[paddedSize(ids.size())];
        for (int i = 0; i < parameters.length; i++) {
            parameters[i] = ids.get(Math.min(i, ids.size() - 1));
        }
        return parameters;
    }
}
