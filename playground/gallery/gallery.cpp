#include "gallery.hpp"

namespace loopscope::gallery {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

}  // namespace

Header parse_header(std::string_view source) {
    Header header;
    // Skip blank lines and comments (e.g. "# realtime") before the docstring.
    std::size_t pos = 0;
    while (pos < source.size()) {
        const std::size_t end = source.find('\n', pos);
        const std::string_view line =
            trim(source.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos));
        if (!line.empty() && line.front() != '#') break;
        if (end == std::string_view::npos) return header;
        pos = end + 1;
    }
    std::string_view rest = source.substr(pos);
    std::string_view quotes;
    if (rest.substr(0, 3) == "\"\"\"")
        quotes = "\"\"\"";
    else if (rest.substr(0, 3) == "'''")
        quotes = "'''";
    else
        return header;
    rest.remove_prefix(3);
    const std::size_t close = rest.find(quotes);
    if (close == std::string_view::npos) return header;
    std::string_view doc = rest.substr(0, close);

    bool first = true;
    bool paragraph_open = false;
    while (!doc.empty()) {
        const std::size_t end = doc.find('\n');
        const std::string_view line = trim(doc.substr(0, end));
        doc = end == std::string_view::npos ? std::string_view{} : doc.substr(end + 1);
        if (first) {
            if (line.empty()) continue;  // """ then the title on the next line
            header.title = std::string(line);
            first = false;
            continue;
        }
        if (line.empty()) {
            paragraph_open = false;
            continue;
        }
        if (!header.explanation.empty()) header.explanation += paragraph_open ? ' ' : '\n';
        header.explanation += line;
        paragraph_open = true;
    }
    return header;
}

std::vector<Lesson> parse_lessons(std::string_view text) {
    std::vector<Lesson> out;
    std::vector<std::pair<std::string, std::string>> documents;  // "seedNN" -> the document
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view line = trim(text.substr(0, end));
        text = end == std::string_view::npos ? std::string_view{} : text.substr(end + 1);
        if (line.empty() || line.front() == '#') continue;
        if (line.front() == '@') {
            const std::size_t space = line.find(' ');
            if (space == std::string_view::npos) continue;
            documents.emplace_back(std::string(line.substr(1, space - 1)),
                                   std::string(trim(line.substr(space))));
            continue;
        }
        const std::size_t bar1 = line.find('|');
        const std::size_t bar2 = bar1 == std::string_view::npos ? bar1 : line.find('|', bar1 + 1);
        if (bar2 == std::string_view::npos) continue;
        Lesson l;
        l.name = std::string(trim(line.substr(0, bar1)));
        l.title = std::string(trim(line.substr(bar1 + 1, bar2 - bar1 - 1)));
        l.lesson = std::string(trim(line.substr(bar2 + 1)));
        const std::string_view prefix = std::string_view(l.name).substr(0, l.name.find('_'));
        for (const auto& [seed, document] : documents)
            if (seed == prefix) l.document = document;
        out.push_back(std::move(l));
    }
    return out;
}

const std::vector<Example>& examples() {
    static const std::vector<Example> list = [] {
        std::vector<Example> out;
        out.reserve(data::raw_example_count + data::raw_document_count);
        for (std::size_t i = 0; i < data::raw_example_count; ++i) {
            const auto& raw = data::raw_examples[i];
            Header h = parse_header(raw.source);
            if (h.title.empty()) h.title = std::string(raw.name);
            out.push_back(Example{raw.name, std::move(h.title), std::move(h.explanation), raw.source});
        }
        // The documents' programs have no docstring of their own (they are as the documents have
        // them): their title and lesson come from lessons.txt, in its order.
        for (Lesson& l : parse_lessons(data::lessons)) {
            for (std::size_t i = 0; i < data::raw_document_count; ++i) {
                const auto& raw = data::raw_documents[i];
                if (raw.name != l.name) continue;
                std::string explanation = l.lesson;
                if (!l.document.empty()) explanation += "\nFrom " + l.document + ".";
                out.push_back(Example{raw.name, std::move(l.title), std::move(explanation), raw.source,
                                      kDocumentsSection, std::move(l.document)});
            }
        }
        return out;
    }();
    return list;
}

const Example* find_example(std::string_view name) {
    for (const Example& e : examples())
        if (e.name == name) return &e;
    return nullptr;
}

}  // namespace loopscope::gallery
