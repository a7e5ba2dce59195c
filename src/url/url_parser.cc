// The basic URL parser's state machine (with the state overrides the setters
// use), the URL serializer with Node's component offsets, and the setters.
#include "url/url_parser.h"

#include <cstddef>

namespace rt {
namespace url {
namespace {

enum State {
  kNoOverride = 0,
  kSchemeStart,
  kScheme,
  kNoScheme,
  kSpecialRelativeOrAuthority,
  kPathOrAuthority,
  kRelative,
  kRelativeSlash,
  kSpecialAuthoritySlashes,
  kSpecialAuthorityIgnoreSlashes,
  kAuthority,
  kHost,
  kHostname,
  kPort,
  kFile,
  kFileSlash,
  kFileHost,
  kPathStart,
  kPath,
  kOpaquePath,
  kQuery,
  kFragment,
};

constexpr int kEOF = -1;

bool IsAlpha(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsDigit(int c) {
  return c >= '0' && c <= '9';
}
char ToLower(int c) {
  return static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
}

bool IsWindowsDriveLetter(std::string_view s, bool normalized_only = false) {
  return s.size() == 2 && IsAlpha(static_cast<uint8_t>(s[0])) &&
         (s[1] == ':' || (!normalized_only && s[1] == '|'));
}

bool StartsWithWindowsDriveLetter(std::string_view in, size_t p) {
  if (p > in.size() || in.size() - p < 2) return false;
  if (!IsWindowsDriveLetter(in.substr(p, 2))) return false;
  if (in.size() - p == 2) return true;
  char third = in[p + 2];
  return third == '/' || third == '\\' || third == '?' || third == '#';
}

bool EqualsLower(std::string_view s, std::string_view lower) {
  if (s.size() != lower.size()) return false;
  for (size_t i = 0; i < s.size(); i++) {
    if (ToLower(static_cast<uint8_t>(s[i])) != lower[i]) return false;
  }
  return true;
}

bool IsSingleDot(std::string_view s) {
  return (s.size() == 1 && s[0] == '.') || (s.size() == 3 && EqualsLower(s, "%2e"));
}

bool IsDoubleDot(std::string_view s) {
  switch (s.size()) {
    case 2:
      return s == "..";
    case 4:
      return EqualsLower(s, ".%2e") || EqualsLower(s, "%2e.");
    case 6:
      return EqualsLower(s, "%2e%2e");
    default:
      return false;
  }
}

// The first segment of a list path ("/a/b" -> "a").
std::string_view FirstSegment(const std::string& path) {
  if (path.empty()) return {};
  size_t end = path.find('/', 1);
  return std::string_view(path).substr(1, end == std::string::npos ? end : end - 1);
}

void ShortenPath(UrlRecord* url) {
  std::string& path = url->path;
  if (path.empty()) return;
  if (url->scheme_type == SchemeType::kFile && path.find('/', 1) == std::string::npos &&
      IsWindowsDriveLetter(FirstSegment(path), true)) {
    return;
  }
  path.erase(path.rfind('/'));
}

void PushSegment(UrlRecord* url, std::string_view segment) {
  url->path.push_back('/');
  url->path.append(segment);
}

void CopyAuthority(const UrlRecord& from, UrlRecord* to) {
  to->username = from.username;
  to->password = from.password;
  to->host = from.host;
  to->host_type = from.host_type;
  to->port = from.port;
}

void CopyPathAndQuery(const UrlRecord& from, UrlRecord* to) {
  to->path = from.path;
  to->opaque_path = from.opaque_path;
  to->query = from.query;
  to->has_query = from.has_query;
}

void StartQuery(UrlRecord* url) {
  url->query.clear();
  url->has_query = true;
}

void StartFragment(UrlRecord* url) {
  url->fragment.clear();
  url->has_fragment = true;
}

// A setter keeps the old host when the new one fails; a fresh parse writes in place.
bool SetHost(std::string_view buffer, UrlRecord* url, const ParseOptions& options, bool in_place) {
  HostType type;
  if (in_place) {
    if (!ParseHost(buffer, url->special(), options, &url->host, &type)) return false;
  } else {
    std::string host;
    if (!ParseHost(buffer, url->special(), options, &host, &type)) return false;
    url->host = std::move(host);
  }
  url->host_type = type;
  return true;
}

// Drops the tabs and newlines; leading and trailing C0 controls and spaces too
// unless this is a setter.
bool IsTabOrNewline(char ch) {
  return ch == '\t' || ch == '\n' || ch == '\r';
}

std::string_view CleanInput(std::string_view in, bool trim, std::string* storage) {
  if (trim) {
    size_t start = 0;
    size_t end = in.size();
    while (start < end && static_cast<uint8_t>(in[start]) <= 0x20) start++;
    while (end > start && static_cast<uint8_t>(in[end - 1]) <= 0x20) end--;
    in = in.substr(start, end - start);
  }
  bool any = false;
  for (char ch : in) any |= IsTabOrNewline(ch);
  if (!any) return in;
  size_t i = 0;
  while (!IsTabOrNewline(in[i])) i++;
  storage->assign(in.data(), i);
  for (; i < in.size(); i++) {
    if (!IsTabOrNewline(in[i])) storage->push_back(in[i]);
  }
  return *storage;
}

bool IsSchemeChar(int c) {
  return IsAlpha(c) || IsDigit(c) || c == '+' || c == '-' || c == '.';
}

// Returns false for failure. With a state override, *url is changed in place.
bool BasicParse(std::string_view raw, const UrlRecord* base, UrlRecord* url, State override,
                const ParseOptions& options) {
  std::string storage;
  const std::string_view in = CleanInput(raw, override == kNoOverride, &storage);
  const size_t n = in.size();
  State state = override != kNoOverride ? override : kSchemeStart;
  std::string buffer;
  bool inside_brackets = false;
  std::string_view host_buffer;
  auto next_is = [&](std::ptrdiff_t p, char ch) {
    return static_cast<size_t>(p + 1) < n && in[p + 1] == ch;
  };

  for (std::ptrdiff_t p = 0; p <= static_cast<std::ptrdiff_t>(n); p++) {
    const int c = static_cast<size_t>(p) < n ? static_cast<uint8_t>(in[p]) : kEOF;
    switch (state) {
      case kSchemeStart:
        if (IsAlpha(c)) {
          buffer.push_back(ToLower(c));
          state = kScheme;
        } else if (override == kNoOverride) {
          state = kNoScheme;
          p--;
        } else {
          return false;
        }
        break;

      case kScheme:
        if (IsSchemeChar(c)) {
          do {
            buffer.push_back(ToLower(static_cast<uint8_t>(in[p])));
            p++;
          } while (static_cast<size_t>(p) < n && IsSchemeChar(static_cast<uint8_t>(in[p])));
          p--;
        } else if (c == ':') {
          const SchemeType type = SchemeTypeOf(buffer);
          if (override != kNoOverride) {
            if (url->special() != (type != SchemeType::kNotSpecial)) return true;
            if ((url->has_credentials() || url->port != -1) && type == SchemeType::kFile) {
              return true;
            }
            if (url->scheme_type == SchemeType::kFile && url->host_type == HostType::kEmpty) {
              return true;
            }
          }
          url->scheme = buffer;
          url->scheme_type = type;
          if (override != kNoOverride) {
            if (url->port == DefaultPort(type)) url->port = -1;
            return true;
          }
          buffer.clear();
          if (type == SchemeType::kFile) {
            state = kFile;
          } else if (url->special() && base != nullptr && base->scheme_type == type) {
            state = kSpecialRelativeOrAuthority;
          } else if (url->special()) {
            state = kSpecialAuthoritySlashes;
          } else if (next_is(p, '/')) {
            state = kPathOrAuthority;
            p++;
          } else {
            url->path.clear();
            url->opaque_path = true;
            state = kOpaquePath;
          }
        } else if (override == kNoOverride) {
          buffer.clear();
          state = kNoScheme;
          p = -1;
        } else {
          return false;
        }
        break;

      case kNoScheme:
        if (base == nullptr || (base->opaque_path && c != '#')) {
          return false;
        } else if (base->opaque_path && c == '#') {
          url->scheme = base->scheme;
          url->scheme_type = base->scheme_type;
          CopyPathAndQuery(*base, url);
          StartFragment(url);
          state = kFragment;
        } else if (base->scheme_type != SchemeType::kFile) {
          state = kRelative;
          p--;
        } else {
          state = kFile;
          p--;
        }
        break;

      case kSpecialRelativeOrAuthority:
        if (c == '/' && next_is(p, '/')) {
          state = kSpecialAuthorityIgnoreSlashes;
          p++;
        } else {
          state = kRelative;
          p--;
        }
        break;

      case kPathOrAuthority:
        if (c == '/') {
          state = kAuthority;
        } else {
          state = kPath;
          p--;
        }
        break;

      case kRelative:
        url->scheme = base->scheme;
        url->scheme_type = base->scheme_type;
        if (c == '/' || (url->special() && c == '\\')) {
          state = kRelativeSlash;
        } else {
          CopyAuthority(*base, url);
          CopyPathAndQuery(*base, url);
          if (c == '?') {
            StartQuery(url);
            state = kQuery;
          } else if (c == '#') {
            StartFragment(url);
            state = kFragment;
          } else if (c != kEOF) {
            url->query.clear();
            url->has_query = false;
            ShortenPath(url);
            state = kPath;
            p--;
          }
        }
        break;

      case kRelativeSlash:
        if (url->special() && (c == '/' || c == '\\')) {
          state = kSpecialAuthorityIgnoreSlashes;
        } else if (c == '/') {
          state = kAuthority;
        } else {
          CopyAuthority(*base, url);
          state = kPath;
          p--;
        }
        break;

      case kSpecialAuthoritySlashes:
        state = kSpecialAuthorityIgnoreSlashes;
        if (c == '/' && next_is(p, '/')) {
          p++;
        } else {
          p--;
        }
        break;

      case kSpecialAuthorityIgnoreSlashes:
        if (c != '/' && c != '\\') {
          state = kAuthority;
          p--;
        }
        break;

      case kAuthority: {
        // The Standard reads the authority one code point at a time; the outcome
        // is: everything before the last '@' is userinfo (earlier '@'s become
        // %40), split at its first ':', and the host starts after that '@'.
        size_t end = static_cast<size_t>(p);
        size_t last_at = std::string_view::npos;
        for (; end < n; end++) {
          char ch = in[end];
          if (ch == '/' || ch == '?' || ch == '#' || (url->special() && ch == '\\')) break;
          if (ch == '@') last_at = end;
        }
        state = kHost;
        if (last_at == std::string_view::npos) {
          p--;
          break;
        }
        std::string_view userinfo = in.substr(p, last_at - p);
        size_t colon = userinfo.find(':');
        AppendPercentEncoded(&url->username, userinfo.substr(0, colon), EncodeSet::kUserinfo);
        if (colon != std::string_view::npos) {
          AppendPercentEncoded(&url->password, userinfo.substr(colon + 1), EncodeSet::kUserinfo);
        }
        if (last_at + 1 == end) return false;
        p = static_cast<std::ptrdiff_t>(last_at);
        break;
      }

      case kHost:
      case kHostname:
        if (override != kNoOverride && url->scheme_type == SchemeType::kFile) {
          p--;
          state = kFileHost;
        } else if (c == ':' && !inside_brackets) {
          if (host_buffer.empty()) {
            // ada lets a non-special URL's host setter take ":port" with an empty host.
            if (override == kHost && !url->special()) {
              url->host.clear();
              url->host_type = HostType::kEmpty;
              state = kPort;
              break;
            }
            return false;
          }
          if (override == kHostname) return false;
          if (!SetHost(host_buffer, url, options, override == kNoOverride)) return false;
          state = kPort;
        } else if (c == kEOF || c == '/' || c == '?' || c == '#' || (url->special() && c == '\\')) {
          p--;
          if (url->special() && host_buffer.empty()) return false;
          if (override != kNoOverride && host_buffer.empty() &&
              (url->has_credentials() || url->port != -1)) {
            return false;
          }
          if (!SetHost(host_buffer, url, options, override == kNoOverride)) return false;
          state = kPathStart;
          if (override != kNoOverride) return true;
        } else {
          // The host is one run of bytes: whatever ends it also ends this state.
          std::ptrdiff_t end = p;
          for (; static_cast<size_t>(end) < n; end++) {
            char ch = in[end];
            if ((ch == ':' && !inside_brackets) || ch == '/' || ch == '?' || ch == '#' ||
                (url->special() && ch == '\\')) {
              break;
            }
            if (ch == '[') inside_brackets = true;
            if (ch == ']') inside_brackets = false;
          }
          host_buffer = in.substr(p, end - p);
          p = end - 1;
        }
        break;

      case kPort:
        if (IsDigit(c)) {
          buffer.push_back(static_cast<char>(c));
        } else if (c == kEOF || c == '/' || c == '?' || c == '#' || (url->special() && c == '\\') ||
                   override != kNoOverride) {
          if (!buffer.empty()) {
            uint32_t port = 0;
            for (char d : buffer) {
              port = port * 10 + (d - '0');
              if (port > 65535) return false;
            }
            url->port = static_cast<int32_t>(port) == DefaultPort(url->scheme_type)
                            ? -1
                            : static_cast<int32_t>(port);
            buffer.clear();
          }
          if (override != kNoOverride) return true;
          state = kPathStart;
          p--;
        } else {
          return false;
        }
        break;

      case kFile:
        url->scheme = "file";
        url->scheme_type = SchemeType::kFile;
        url->host.clear();
        url->host_type = HostType::kEmpty;
        if (c == '/' || c == '\\') {
          state = kFileSlash;
        } else if (base != nullptr && base->scheme_type == SchemeType::kFile) {
          url->host = base->host;
          url->host_type = base->host_type;
          CopyPathAndQuery(*base, url);
          if (c == '?') {
            StartQuery(url);
            state = kQuery;
          } else if (c == '#') {
            StartFragment(url);
            state = kFragment;
          } else if (c != kEOF) {
            url->query.clear();
            url->has_query = false;
            if (!StartsWithWindowsDriveLetter(in, p)) {
              ShortenPath(url);
            } else {
              url->path.clear();
            }
            state = kPath;
            p--;
          }
        } else {
          state = kPath;
          p--;
        }
        break;

      case kFileSlash:
        if (c == '/' || c == '\\') {
          state = kFileHost;
        } else {
          if (base != nullptr && base->scheme_type == SchemeType::kFile) {
            url->host = base->host;
            url->host_type = base->host_type;
            if (!StartsWithWindowsDriveLetter(in, p) && !base->path.empty() &&
                IsWindowsDriveLetter(FirstSegment(base->path), true)) {
              PushSegment(url, FirstSegment(base->path));
            }
          }
          state = kPath;
          p--;
        }
        break;

      case kFileHost:
        if (c == kEOF || c == '/' || c == '\\' || c == '?' || c == '#') {
          p--;
          if (override == kNoOverride && IsWindowsDriveLetter(buffer)) {
            // The buffer is kept for the path state (the drive letter quirk).
            state = kPath;
          } else if (buffer.empty()) {
            url->host.clear();
            url->host_type = HostType::kEmpty;
            if (override != kNoOverride) return true;
            state = kPathStart;
          } else {
            if (!SetHost(buffer, url, options, override == kNoOverride)) return false;
            if (url->host == "localhost") {
              url->host.clear();
              url->host_type = HostType::kEmpty;
            }
            if (override != kNoOverride) return true;
            buffer.clear();
            state = kPathStart;
          }
        } else {
          buffer.push_back(static_cast<char>(c));
        }
        break;

      case kPathStart:
        if (url->special()) {
          state = kPath;
          if (c != '/' && c != '\\') p--;
        } else if (override == kNoOverride && c == '?') {
          StartQuery(url);
          state = kQuery;
        } else if (override == kNoOverride && c == '#') {
          StartFragment(url);
          state = kFragment;
        } else if (c != kEOF) {
          state = kPath;
          if (c != '/') p--;
        } else if (override != kNoOverride && !url->has_host()) {
          PushSegment(url, "");
        }
        break;

      case kPath: {
        // One segment and the delimiter that ends it at a time.
        const bool special = url->special();
        const bool stops_at_query = override == kNoOverride;
        size_t end = static_cast<size_t>(p);
        for (; end < n; end++) {
          char ch = in[end];
          if (ch == '/' || (special && ch == '\\') ||
              (stops_at_query && (ch == '?' || ch == '#'))) {
            break;
          }
        }
        const std::string_view run = in.substr(p, end - p);
        std::string_view segment = run;
        // The buffer is not empty when a file host turned out to be a drive letter.
        if (!buffer.empty() || NeedsEncoding(run, EncodeSet::kPath)) {
          AppendPercentEncoded(&buffer, run, EncodeSet::kPath);
          segment = buffer;
        }
        const int delimiter = end < n ? static_cast<uint8_t>(in[end]) : kEOF;
        const bool slash = delimiter == '/' || (special && delimiter == '\\');
        if (IsDoubleDot(segment)) {
          // ada (Node 20) leaves a non-special URL's path empty when ".." at
          // the end finds it empty already.
          const bool was_empty = url->path.empty();
          ShortenPath(url);
          if (!slash && !(was_empty && !special)) PushSegment(url, "");
        } else if (IsSingleDot(segment)) {
          if (!slash) PushSegment(url, "");
        } else if (url->scheme_type == SchemeType::kFile && url->path.empty() &&
                   IsWindowsDriveLetter(segment)) {
          const char drive[] = {segment[0], ':'};
          PushSegment(url, std::string_view(drive, 2));
        } else {
          PushSegment(url, segment);
        }
        buffer.clear();
        if (delimiter == '?') {
          StartQuery(url);
          state = kQuery;
        } else if (delimiter == '#') {
          StartFragment(url);
          state = kFragment;
        }
        p = static_cast<std::ptrdiff_t>(end);
        break;
      }

      case kOpaquePath:
        if (c == '?') {
          StartQuery(url);
          state = kQuery;
        } else if (c == '#') {
          StartFragment(url);
          state = kFragment;
        } else if (c != kEOF) {
          size_t end = static_cast<size_t>(p);
          while (end < n && in[end] != '?' && in[end] != '#') end++;
          AppendPercentEncoded(&url->path, in.substr(p, end - p), EncodeSet::kC0Control);
          p = static_cast<std::ptrdiff_t>(end) - 1;
        }
        break;

      case kQuery: {
        // Encoding is per byte, so the query is encoded as it is read.
        size_t end = override == kNoOverride ? in.find('#', p) : std::string_view::npos;
        if (end == std::string_view::npos) end = n;
        AppendPercentEncoded(&url->query, in.substr(p, end - p),
                             url->special() ? EncodeSet::kSpecialQuery : EncodeSet::kQuery);
        if (end < n) {
          StartFragment(url);
          state = kFragment;
        }
        p = static_cast<std::ptrdiff_t>(end);
        break;
      }

      case kFragment:
        if (c != kEOF) {
          AppendPercentEncoded(&url->fragment, in.substr(p), EncodeSet::kFragment);
          p = static_cast<std::ptrdiff_t>(n);
        }
        break;

      case kNoOverride:
        break;
    }
  }
  return true;
}

bool CannotHaveCredentialsOrPort(const UrlRecord& url) {
  return url.host_type == HostType::kNull || url.host_type == HostType::kEmpty ||
         url.scheme_type == SchemeType::kFile;
}

// Node 20 (ada) drops trailing spaces from an opaque path once nothing follows it.
void StripTrailingSpacesFromOpaquePath(UrlRecord* url) {
  if (!url->opaque_path || url->has_fragment || url->has_query) return;
  size_t end = url->path.find_last_not_of(' ');
  url->path.erase(end == std::string::npos ? 0 : end + 1);
}

}  // namespace

void UrlRecord::Clear() {
  scheme.clear();
  scheme_type = SchemeType::kNotSpecial;
  username.clear();
  password.clear();
  host.clear();
  host_type = HostType::kNull;
  port = -1;
  path.clear();
  opaque_path = false;
  query.clear();
  has_query = false;
  fragment.clear();
  has_fragment = false;
}

bool Parse(std::string_view input, const UrlRecord* base, UrlRecord* url,
           const ParseOptions& options) {
  url->Clear();
  return BasicParse(input, base, url, kNoOverride, options);
}

void ApplySetter(UrlRecord* url, Setter setter, std::string_view value,
                 const ParseOptions& options) {
  switch (setter) {
    case Setter::kProtocol: {
      std::string input(value);
      input.push_back(':');
      BasicParse(input, nullptr, url, kSchemeStart, options);
      break;
    }
    case Setter::kUsername:
    case Setter::kPassword: {
      if (CannotHaveCredentialsOrPort(*url)) return;
      std::string* target = setter == Setter::kUsername ? &url->username : &url->password;
      target->clear();
      AppendPercentEncoded(target, value, EncodeSet::kUserinfo);
      break;
    }
    case Setter::kHost:
    case Setter::kHostname:
      if (url->opaque_path) return;
      BasicParse(value, nullptr, url, setter == Setter::kHost ? kHost : kHostname, options);
      break;
    case Setter::kPort: {
      std::string storage;
      value = CleanInput(value, false, &storage);
      if (CannotHaveCredentialsOrPort(*url)) return;
      if (value.empty()) {
        url->port = -1;
        return;
      }
      BasicParse(value, nullptr, url, kPort, options);
      break;
    }
    case Setter::kPathname:
      if (url->opaque_path) return;
      url->path.clear();
      BasicParse(value, nullptr, url, kPathStart, options);
      break;
    case Setter::kSearch:
      if (value.empty()) {
        url->query.clear();
        url->has_query = false;
        StripTrailingSpacesFromOpaquePath(url);
        return;
      }
      if (value[0] == '?') value.remove_prefix(1);
      StartQuery(url);
      BasicParse(value, nullptr, url, kQuery, options);
      break;
    case Setter::kHash:
      if (value.empty()) {
        url->fragment.clear();
        url->has_fragment = false;
        StripTrailingSpacesFromOpaquePath(url);
        return;
      }
      if (value[0] == '#') value.remove_prefix(1);
      StartFragment(url);
      BasicParse(value, nullptr, url, kFragment, options);
      break;
  }
}

void Serialize(const UrlRecord& url, std::string* href, UrlComponents* c, bool exclude_fragment) {
  href->clear();
  href->reserve(url.scheme.size() + url.host.size() + url.path.size() + url.query.size() +
                url.fragment.size() + url.username.size() + url.password.size() + 16);
  href->append(url.scheme);
  href->push_back(':');
  c->protocol_end = static_cast<uint32_t>(href->size());
  c->port = UrlComponents::kOmitted;
  if (url.has_host()) {
    href->append("//");
    if (url.has_credentials()) {
      href->append(url.username);
      c->username_end = static_cast<uint32_t>(href->size());
      if (!url.password.empty()) {
        href->push_back(':');
        href->append(url.password);
      }
      href->push_back('@');
    } else {
      c->username_end = static_cast<uint32_t>(href->size());
    }
    c->host_start = static_cast<uint32_t>(href->size());
    href->append(url.host);
    c->host_end = static_cast<uint32_t>(href->size());
    if (url.port != -1) {
      href->push_back(':');
      href->append(std::to_string(url.port));
      c->port = static_cast<uint32_t>(url.port);
    }
  } else {
    c->username_end = c->host_start = c->host_end = c->protocol_end;
    if (!url.opaque_path && url.path.size() > 1 && url.path[0] == '/' && url.path[1] == '/') {
      href->append("/.");
    }
  }
  c->pathname_start = static_cast<uint32_t>(href->size());
  href->append(url.path);
  c->search_start = UrlComponents::kOmitted;
  if (url.has_query) {
    c->search_start = static_cast<uint32_t>(href->size());
    href->push_back('?');
    href->append(url.query);
  }
  c->hash_start = UrlComponents::kOmitted;
  if (url.has_fragment && !exclude_fragment) {
    c->hash_start = static_cast<uint32_t>(href->size());
    href->push_back('#');
    href->append(url.fragment);
  }
  c->scheme_type = static_cast<uint32_t>(url.scheme_type);
}

}  // namespace url
}  // namespace rt
