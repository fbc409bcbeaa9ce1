package io.mistral4j.files;

import io.mistral4j.errors.ValidationException;
import io.mistral4j.internal.Require;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which files to list ({@code GET /v1/files}) and how many per page. Every filter is
 * optional; {@link #all()} lists every file, 100 per page.
 *
 * <p>The canonical constructor is not part of the stable API: it gains a parameter whenever
 * the API adds a field; build instances with {@link #builder()}.
 *
 * @param page         the first page to fetch, from 0
 * @param pageSize     files per page, 1 or more
 * @param includeTotal whether the server counts all matching files (null: server default, true)
 * @param sampleTypes  only files holding these kinds of samples (empty: any)
 * @param sources      only files from these sources (empty: any)
 * @param search       only files whose name contains this text, or null
 * @param purpose      only files with this purpose, or null
 * @param mimetypes    only files of these media types (empty: any)
 */
public record FileListRequest(int page, int pageSize, Boolean includeTotal, List<SampleType> sampleTypes,
                              List<FileSource> sources, String search, FilePurpose purpose, List<String> mimetypes) {

    /** The page size unless set otherwise. */
    public static final int DEFAULT_PAGE_SIZE = 100;

    /** Copies the filter lists unmodifiably; a null list becomes empty (no filter). */
    public FileListRequest {
        sampleTypes = sampleTypes == null ? List.of() : List.copyOf(sampleTypes);
        sources = sources == null ? List.of() : List.copyOf(sources);
        mimetypes = mimetypes == null ? List.of() : List.copyOf(mimetypes);
    }

    /** Every file, from page 0, {@value #DEFAULT_PAGE_SIZE} per page, without filters. */
    public static FileListRequest all() {
        return builder().build();
    }

    /** A builder starting at page 0 with {@value #DEFAULT_PAGE_SIZE} files per page and no filters. */
    public static Builder builder() {
        return new Builder();
    }

    /** The same filters for another page. */
    public FileListRequest withPage(int otherPage) {
        return new FileListRequest(otherPage, pageSize, includeTotal, sampleTypes, sources, search, purpose, mimetypes);
    }

    /** Builds and validates a {@link FileListRequest}. */
    public static final class Builder {
        private int page;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private Boolean includeTotal;
        private final List<SampleType> sampleTypes = new ArrayList<>();
        private final List<FileSource> sources = new ArrayList<>();
        private String search;
        private FilePurpose purpose;
        private final List<String> mimetypes = new ArrayList<>();

        private Builder() {
        }

        /** The first page to fetch, from 0 (default 0). */
        public Builder page(int page) {
            this.page = page;
            return this;
        }

        /**
         * Files per page, 1 or more (default {@value FileListRequest#DEFAULT_PAGE_SIZE}); sent as {@code
         * page_size}.
         */
        public Builder pageSize(int pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /**
         * Whether the server counts every matching file for {@code total}; false saves it the work. Unset:
         * the server's default (true).
         */
        public Builder includeTotal(boolean includeTotal) {
            this.includeTotal = includeTotal;
            return this;
        }

        /** Adds kinds of samples to match (any of them); none set matches any. */
        public Builder sampleTypes(SampleType... types) {
            sampleTypes.addAll(Arrays.asList(types));
            return this;
        }

        /** Adds sources to match (any of them); none set matches any. */
        public Builder sources(FileSource... values) {
            sources.addAll(Arrays.asList(values));
            return this;
        }

        /** Only files whose name contains this text; null or empty for no filter. */
        public Builder search(String search) {
            this.search = search;
            return this;
        }

        /** Only files with this purpose; null for any. */
        public Builder purpose(FilePurpose purpose) {
            this.purpose = purpose;
            return this;
        }

        /** Adds media types to match, e.g. {@code application/pdf}; none set matches any. */
        public Builder mimetypes(String... types) {
            mimetypes.addAll(Arrays.asList(types));
            return this;
        }

        /**
         * The request; throws {@link ValidationException} if the page is negative, the page size below 1,
         * or a filter value is null.
         */
        public FileListRequest build() {
            if (page < 0) {
                throw new ValidationException("page", "must be 0 or more, was " + page);
            }
            if (pageSize <= 0) {
                throw new ValidationException("pageSize", "must be 1 or more, was " + pageSize);
            }
            Require.noNulls("sampleTypes", sampleTypes);
            Require.noNulls("sources", sources);
            Require.noNulls("mimetypes", mimetypes);
            return new FileListRequest(page, pageSize, includeTotal, sampleTypes, sources,
                    search == null || search.isEmpty() ? null : search, purpose, mimetypes);
        }
    }
}
