// The URL Standard's basic URL parser, host parser and serializer in plain C++
// (no V8), producing Node's model: one href string plus component offsets.
// Behaviour follows Node 20 (ada 2.9) where the Standard has since changed.
#ifndef RT_URL_URL_PARSER_H_
#define RT_URL_URL_PARSER_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace rt {
namespace url {

// Numbering shared with lib/internal/url.js.
enum class SchemeType : uint8_t { kNotSpecial, kHttp, kHttps, kWs, kWss, kFtp, kFile };
enum class HostType : uint8_t { kNull, kEmpty, kDomain, kIPv4, kIPv6, kOpaque };

// Domains that are not plain ASCII (or carry an "xn--" label) go through UTS #46,
// which lives elsewhere (lib/internal/url/idna.js in rt).
class Idna {
 public:
  virtual ~Idna() = default;
  // `domain` is the percent-decoded host, UTF-8 (possibly ill-formed). Returns
  // false on failure; otherwise *ascii is the ASCII domain.
  virtual bool ToASCII(std::string_view domain, std::string* ascii) = 0;
};

struct UrlRecord {
  std::string scheme;  // without ':'
  SchemeType scheme_type = SchemeType::kNotSpecial;
  std::string username;
  std::string password;
  std::string host;  // serialized; meaningful unless host_type is kNull
  HostType host_type = HostType::kNull;
  int32_t port = -1;  // -1: null
  // The serialized path: "/seg/seg" (empty string: no segments), or the opaque path.
  std::string path;
  bool opaque_path = false;
  std::string query;
  bool has_query = false;
  std::string fragment;
  bool has_fragment = false;

  bool special() const { return scheme_type != SchemeType::kNotSpecial; }
  bool has_host() const { return host_type != HostType::kNull; }
  bool has_credentials() const { return !username.empty() || !password.empty(); }
  void Clear();
};

// Offsets into the href (see Serialize). kOmitted marks an absent port, query or fragment.
struct UrlComponents {
  static constexpr uint32_t kOmitted = 0xffffffff;
  uint32_t protocol_end = 0;         // after "scheme:"
  uint32_t username_end = 0;         // end of the username (protocol_end when there is no host)
  uint32_t host_start = 0;           // start of the hostname (after '@' if any)
  uint32_t host_end = 0;             // end of the hostname
  uint32_t port = kOmitted;          // the port number
  uint32_t pathname_start = 0;       // start of the path (after "/." when one was inserted)
  uint32_t search_start = kOmitted;  // the '?'
  uint32_t hash_start = kOmitted;    // the '#'
  uint32_t scheme_type = 0;
};
constexpr int kComponentCount = 9;

enum class Setter : uint8_t {
  kProtocol,
  kUsername,
  kPassword,
  kHost,
  kHostname,
  kPort,
  kPathname,
  kSearch,
  kHash,
};

struct ParseOptions {
  Idna* idna = nullptr;  // nullptr: non-ASCII domains fail
  // The input is an href this parser produced: its domains are taken as they
  // are (no second trip through IDNA).
  bool serialized_input = false;
};

// Parses `input` (UTF-8) against `base` (nullptr: none) into *url. False on failure.
bool Parse(std::string_view input, const UrlRecord* base, UrlRecord* url,
           const ParseOptions& options = {});

// The URL setters of the Standard (href excepted): change *url in place.
void ApplySetter(UrlRecord* url, Setter setter, std::string_view value,
                 const ParseOptions& options = {});

// Appends the URL serializer's output to *href (cleared first) and fills *components.
void Serialize(const UrlRecord& url, std::string* href, UrlComponents* components,
               bool exclude_fragment = false);

// The host parser. `special` is "not opaque". On success *host is serialized.
bool ParseHost(std::string_view input, bool special, const ParseOptions& options, std::string* host,
               HostType* type);

SchemeType SchemeTypeOf(std::string_view scheme);
int32_t DefaultPort(SchemeType type);  // -1 when none

// Percent-encode sets (Node 20's: ^ is not in the path set).
enum class EncodeSet : uint8_t {
  kC0Control,
  kFragment,
  kQuery,
  kSpecialQuery,
  kPath,
  kUserinfo,
};
void AppendPercentEncoded(std::string* out, std::string_view input, EncodeSet set);
bool InEncodeSet(uint8_t c, EncodeSet set);
bool NeedsEncoding(std::string_view input, EncodeSet set);
// %XX sequences become bytes; everything else is kept.
void PercentDecode(std::string_view input, std::string* out);

// IPv6 helpers, exposed for tests.
bool ParseIPv6(std::string_view input, uint16_t address[8]);
void SerializeIPv6(const uint16_t address[8], std::string* out);

}  // namespace url
}  // namespace rt

#endif  // RT_URL_URL_PARSER_H_
