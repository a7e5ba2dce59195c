// The WHATWG URL parser of src/url/: hosts, IPv4/IPv6 forms, paths, offsets, setters.
#include <catch2/catch.hpp>

#include <string>

#include "url/url_parser.h"

namespace {

using rt::url::HostType;
using rt::url::Setter;
using rt::url::UrlComponents;
using rt::url::UrlRecord;

// Maps one known Unicode domain, fails the rest: stands in for UTS #46.
struct FakeIdna : rt::url::Idna {
  int calls = 0;
  bool ToASCII(std::string_view domain, std::string* ascii) override {
    calls++;
    if (domain ==
        "b\xC3\xBC"
        "cher.de") {
      *ascii = "xn--bcher-kva.de";
      return true;
    }
    return false;
  }
};

struct Parsed {
  bool ok = false;
  UrlRecord record;
  std::string href;
  UrlComponents c;
};

Parsed ParseURL(const std::string& input, const std::string* base = nullptr,
                rt::url::Idna* idna = nullptr) {
  Parsed out;
  rt::url::ParseOptions options;
  options.idna = idna;
  UrlRecord base_record;
  if (base != nullptr && !rt::url::Parse(*base, nullptr, &base_record, options)) return out;
  out.ok = rt::url::Parse(input, base ? &base_record : nullptr, &out.record, options);
  if (out.ok) rt::url::Serialize(out.record, &out.href, &out.c);
  return out;
}

std::string Href(const std::string& input) {
  Parsed p = ParseURL(input);
  return p.ok ? p.href : "FAIL";
}

std::string Resolve(const std::string& input, const std::string& base) {
  Parsed p = ParseURL(input, &base);
  return p.ok ? p.href : "FAIL";
}

std::string Host(const std::string& input) {
  std::string host;
  HostType type;
  if (!rt::url::ParseHost(input, true, {}, &host, &type)) return "FAIL";
  return host;
}

std::string Slice(const std::string& s, uint32_t start, uint32_t end) {
  return s.substr(start, end - start);
}

std::string AfterSetter(const std::string& href, Setter setter, const std::string& value) {
  Parsed p = ParseURL(href);
  REQUIRE(p.ok);
  rt::url::ApplySetter(&p.record, setter, value);
  std::string out;
  UrlComponents c;
  rt::url::Serialize(p.record, &out, &c);
  return out;
}

}  // namespace

TEST_CASE("url: special URLs are normalized", "[url]") {
  CHECK(Href("HTTP://EXAMPLE.com:80/a/./b/../c?x y#z w") == "http://example.com/a/c?x%20y#z%20w");
  CHECK(Href("  https://h\t.com:443\n/ ") == "https://h.com/");
  CHECK(Href("http:\\\\h\\p") == "http://h/p");
  CHECK(Href("ws://h:0080/") == "ws://h/");
  CHECK(Href("ftp://h:65535") == "ftp://h:65535/");
  CHECK(Href("http://h:65536") == "FAIL");
  CHECK(Href("http://h:8a/") == "FAIL");
  CHECK(Href("http://") == "FAIL");
  CHECK(Href("http://user@/") == "FAIL");
  CHECK(Href("https://x/%2e%2E/y") == "https://x/y");
  CHECK(Href("http://h/'\"<>`{}^") == "http://h/'%22%3C%3E%60%7B%7D^");
  CHECK(Href("http://h/?'") == "http://h/?%27");
  CHECK(Href("sc://h/?'") == "sc://h/?'");
  CHECK(Href("http://h/\xC3\xA9") == "http://h/%C3%A9");
}

TEST_CASE("url: credentials are percent-encoded", "[url]") {
  CHECK(Href("http://us er:pa:ss@h/") == "http://us%20er:pa%3Ass@h/");
  CHECK(Href("http://a@b@c/") == "http://a%40b@c/");
  CHECK(Href("http://:@h/") == "http://h/");
  CHECK(Href("http://:p@h/") == "http://:p@h/");
}

TEST_CASE("url: IPv4 in all its number forms", "[url]") {
  CHECK(Host("0x7f.1") == "127.0.0.1");
  CHECK(Host("0177.0.0.1") == "127.0.0.1");
  CHECK(Host("2130706433") == "127.0.0.1");
  CHECK(Host("0x") == "0.0.0.0");
  CHECK(Host("1.2.3.4.") == "1.2.3.4");
  CHECK(Host("4294967295") == "255.255.255.255");
  CHECK(Host("4294967296") == "FAIL");
  CHECK(Host("1.256") == "1.0.1.0");
  CHECK(Host("256.1") == "FAIL");
  CHECK(Host("1.2.3.4.5") == "FAIL");
  CHECK(Host("09") == "FAIL");
  CHECK(Host("1..2") == "FAIL");
  CHECK(Host("99999999999999999999") == "FAIL");
  CHECK(Host("foo.09") == "FAIL");
  CHECK(Host("foo.0x") == "FAIL");
  CHECK(Host("09.foo") == "09.foo");
  CHECK(Host("a.b.") == "a.b.");
}

TEST_CASE("url: IPv6 parse and serialize", "[url]") {
  CHECK(Host("[::]") == "[::]");
  CHECK(Host("[0:0:0:0:0:0:0:1]") == "[::1]");
  CHECK(Host("[1:0:0:2:0:0:0:3]") == "[1:0:0:2::3]");
  CHECK(Host("[1:0:2:3:4:5:6:7]") == "[1:0:2:3:4:5:6:7]");
  CHECK(Host("[::ffff:192.168.0.1]") == "[::ffff:c0a8:1]");
  CHECK(Host("[ABCD::]") == "[abcd::]");
  CHECK(Host("[::1.2.3]") == "FAIL");
  CHECK(Host("[::01.2.3.4]") == "FAIL");
  CHECK(Host("[1:2:3:4:5:6:7:8:9]") == "FAIL");
  CHECK(Host("[1::2::3]") == "FAIL");
  CHECK(Host("[:1]") == "FAIL");
  CHECK(Host("[12345::]") == "FAIL");
  CHECK(Host("[::1") == "FAIL");
  CHECK(Host("[]") == "FAIL");
  uint16_t address[8];
  REQUIRE(rt::url::ParseIPv6("2001:db8::ff00:42:8329", address));
  CHECK(address[0] == 0x2001);
  CHECK(address[5] == 0xff00);
  CHECK(address[7] == 0x8329);
}

TEST_CASE("url: domains", "[url]") {
  CHECK(Host("ExAmPlE.CoM") == "example.com");
  CHECK(Host("ex%41mple.com") == "example.com");
  CHECK(Host("a b") == "FAIL");
  CHECK(Host("a%25b") == "FAIL");
  CHECK(Host("a<b") == "FAIL");
  CHECK(Host("") == "FAIL");
  // Without UTS #46, non-ASCII and xn-- labels fail.
  CHECK(Host("b\xC3\xBC"
             "cher.de") == "FAIL");
  CHECK(Host("xn--bcher-kva.de") == "FAIL");
  FakeIdna idna;
  Parsed p = ParseURL("http://b%C3%BCcher.de/", nullptr, &idna);
  REQUIRE(p.ok);
  CHECK(p.href == "http://xn--bcher-kva.de/");
  CHECK(idna.calls == 1);
  // A serialized href is trusted: no second trip through IDNA.
  rt::url::ParseOptions trusted;
  trusted.idna = &idna;
  trusted.serialized_input = true;
  UrlRecord record;
  CHECK(rt::url::Parse(p.href, nullptr, &record, trusted));
  CHECK(idna.calls == 1);
  CHECK(record.host == "xn--bcher-kva.de");
}

TEST_CASE("url: opaque hosts and paths", "[url]") {
  CHECK(Href("sc://H%41st/") == "sc://H%41st/");
  CHECK(Href("sc://\xC3\xA9/") == "sc://%C3%A9/");
  CHECK(Href("sc://a b/") == "FAIL");
  CHECK(Href("sc://[::1]/") == "sc://[::1]/");
  CHECK(Href("mailto:Joe@Example.COM ") == "mailto:Joe@Example.COM");
  CHECK(Href("data:text/plain,a\x01"
             "b ") == "data:text/plain,a%01b");
  CHECK(Href("non-special:opaque  ?hi") == "non-special:opaque  ?hi");
  CHECK(Href("sc:/.//x") == "sc:/.//x");
  CHECK(Href("sc:/..") == "sc:");
  CHECK(Href("sc:") == "sc:");
  CHECK(Href("sc://") == "sc://");
}

TEST_CASE("url: relative resolution", "[url]") {
  const std::string base = "http://a/b/c/d;p?q";
  CHECK(Resolve("g", base) == "http://a/b/c/g");
  CHECK(Resolve("./g/", base) == "http://a/b/c/g/");
  CHECK(Resolve("/g", base) == "http://a/g");
  CHECK(Resolve("//g", base) == "http://g/");
  CHECK(Resolve("?y", base) == "http://a/b/c/d;p?y");
  CHECK(Resolve("#s", base) == "http://a/b/c/d;p?q#s");
  CHECK(Resolve("../../../g", base) == "http://a/g");
  CHECK(Resolve("", base) == "http://a/b/c/d;p?q");
  CHECK(Resolve("https:g", base) == "https://g/");
  CHECK(Resolve("http:g", base) == "http://a/b/c/g");
  CHECK(Resolve("x", "sc:opaque") == "FAIL");
  CHECK(Resolve("#f", "sc:opaque") == "sc:opaque#f");
  CHECK(Resolve("x", "bad base") == "FAIL");
}

TEST_CASE("url: file URLs", "[url]") {
  CHECK(Href("file://localhost/x") == "file:///x");
  CHECK(Href("file:///C|/x") == "file:///C:/x");
  CHECK(Href("file:c:\\x\\..\\..") == "file:///c:/");
  CHECK(Href("file://HOST/") == "file://host/");
  CHECK(Href("file:") == "file:///");
  CHECK(Resolve("..", "file:///C:/") == "file:///C:/");
  CHECK(Resolve("/x", "file:///C:/a/b") == "file:///C:/x");
  CHECK(Resolve("?q", "file:///a/b") == "file:///a/b?q");
}

TEST_CASE("url: component offsets", "[url]") {
  Parsed p = ParseURL("https://user:pass@sub.example.com:8080/p/a/t/h?query=1#hash");
  REQUIRE(p.ok);
  const std::string& h = p.href;
  CHECK(Slice(h, 0, p.c.protocol_end) == "https:");
  CHECK(Slice(h, p.c.protocol_end + 2, p.c.username_end) == "user");
  CHECK(Slice(h, p.c.username_end + 1, p.c.host_start - 1) == "pass");
  CHECK(Slice(h, p.c.host_start, p.c.host_end) == "sub.example.com");
  CHECK(p.c.port == 8080);
  CHECK(Slice(h, p.c.pathname_start, p.c.search_start) == "/p/a/t/h");
  CHECK(Slice(h, p.c.search_start, p.c.hash_start) == "?query=1");
  CHECK(h.substr(p.c.hash_start) == "#hash");
  CHECK(p.c.scheme_type == static_cast<uint32_t>(rt::url::SchemeType::kHttps));

  Parsed q = ParseURL("http://h/");
  CHECK(q.c.username_end == q.c.host_start);
  CHECK(q.c.port == UrlComponents::kOmitted);
  CHECK(q.c.search_start == UrlComponents::kOmitted);
  CHECK(q.c.hash_start == UrlComponents::kOmitted);

  // No host: "/." sits between the scheme and the path.
  Parsed r = ParseURL("sc:/.//x?#");
  CHECK(r.href == "sc:/.//x?#");
  CHECK(r.c.host_start == r.c.protocol_end);
  CHECK(r.c.host_end == r.c.protocol_end);
  CHECK(Slice(r.href, r.c.pathname_start, r.c.search_start) == "//x");
  CHECK(r.c.hash_start == r.c.search_start + 1);
}

TEST_CASE("url: setters", "[url]") {
  CHECK(AfterSetter("http://h/", Setter::kProtocol, "https") == "https://h/");
  CHECK(AfterSetter("http://h/", Setter::kProtocol, "sc") == "http://h/");
  CHECK(AfterSetter("https://h:80/", Setter::kProtocol, "http") == "http://h/");
  CHECK(AfterSetter("http://h/", Setter::kUsername, "a b") == "http://a%20b@h/");
  CHECK(AfterSetter("file:///x", Setter::kUsername, "a") == "file:///x");
  CHECK(AfterSetter("http://h/", Setter::kHost, "e.com:81") == "http://e.com:81/");
  CHECK(AfterSetter("http://h/", Setter::kHostname, "e.com:81") == "http://h/");
  CHECK(AfterSetter("foo://path/to", Setter::kHost, ":80") == "foo://:80/to");
  CHECK(AfterSetter("http://h/", Setter::kPort, "8080stuff") == "http://h:8080/");
  CHECK(AfterSetter("http://h:1/", Setter::kPort, "") == "http://h/");
  CHECK(AfterSetter("https://h:3000", Setter::kPort, "\n\t") == "https://h/");
  CHECK(AfterSetter("http://h/", Setter::kPort, "99999") == "http://h/");
  CHECK(AfterSetter("http://h/a", Setter::kPathname, "x y/../z?#") == "http://h/z%3F%23");
  CHECK(AfterSetter("sc:opaque", Setter::kPathname, "/x") == "sc:opaque");
  CHECK(AfterSetter("sc:/a", Setter::kPathname, "//x") == "sc:/.//x");
  CHECK(AfterSetter("http://h/", Setter::kSearch, "?a=b#c") == "http://h/?a=b%23c");
  CHECK(AfterSetter("http://h/?q", Setter::kSearch, "") == "http://h/");
  CHECK(AfterSetter("sc:space ?query", Setter::kSearch, "") == "sc:space");
  CHECK(AfterSetter("http://h/", Setter::kHash, "#x y") == "http://h/#x%20y");
  CHECK(AfterSetter("sc:a  #f", Setter::kHash, "") == "sc:a");
  CHECK(AfterSetter("file:///x", Setter::kHost, "localhost") == "file:///x");
  CHECK(AfterSetter("file:///x", Setter::kHost, "h") == "file://h/x");
}

TEST_CASE("url: percent-encode sets", "[url]") {
  std::string out;
  rt::url::AppendPercentEncoded(&out, "a b\"#<>?`{}^/:@", rt::url::EncodeSet::kUserinfo);
  CHECK(out == "a%20b%22%23%3C%3E%3F%60%7B%7D%5E%2F%3A%40");
  out.clear();
  rt::url::AppendPercentEncoded(&out, "a b\"#<>?`{}^", rt::url::EncodeSet::kPath);
  CHECK(out == "a%20b%22%23%3C%3E%3F%60%7B%7D^");
  std::string decoded;
  rt::url::PercentDecode("%41%zz%4", &decoded);
  CHECK(decoded == "A%zz%4");
}
