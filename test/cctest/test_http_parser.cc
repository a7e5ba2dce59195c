// HttpMessageParser: heads in one piece, bodies as slices, errors with llhttp's codes.
#include <catch2/catch.hpp>

#include <cstring>
#include <string>
#include <vector>

#include "http/message_parser.h"

namespace {

struct Recorder : rt::HttpMessageParser::Delegate {
  std::vector<rt::HttpMessageParser::Head> heads;
  std::string body;
  std::vector<std::string> trailers;
  int completed = 0;
  int skip_body = 0;
  const char* data = nullptr;

  int OnMessageBegin() override { return 0; }
  int OnHeadersComplete(const rt::HttpMessageParser::Head& head) override {
    heads.push_back(head);
    return skip_body;
  }
  int OnBody(size_t offset, size_t length) override {
    body.append(data + offset, length);
    return 0;
  }
  int OnMessageComplete(const std::vector<std::string>& t) override {
    trailers = t;
    completed++;
    return 0;
  }
};

size_t Feed(rt::HttpMessageParser& parser, Recorder& rec, const std::string& input) {
  rec.data = input.data();
  return parser.Execute(input.data(), input.size());
}

}  // namespace

TEST_CASE("a request head arrives once, with all headers in order") {
  Recorder rec;
  rt::HttpMessageParser parser;
  parser.Init(rt::HttpMessageParser::Type::kRequest, &rec, 16 * 1024, false);
  std::string req = "GET /a?b=1 HTTP/1.1\r\nHost: x\r\nX-Empty:\r\nAccept: */*\r\n\r\n";
  CHECK(Feed(parser, rec, req) == req.size());
  REQUIRE(rec.heads.size() == 1);
  const auto& head = rec.heads[0];
  CHECK(head.method == HTTP_GET);
  CHECK(head.url == "/a?b=1");
  CHECK(head.headers == std::vector<std::string>{"Host", "x", "X-Empty", "", "Accept", "*/*"});
  CHECK(head.should_keep_alive);
  CHECK(rec.completed == 1);
}

TEST_CASE("a head split across many reads is still one head") {
  Recorder rec;
  rt::HttpMessageParser parser;
  parser.Init(rt::HttpMessageParser::Type::kRequest, &rec, 16 * 1024, false);
  std::string req =
      "POST /upload HTTP/1.1\r\nContent-Length: 5\r\nX-Long-Header: abcdef\r\n\r\nhello";
  for (size_t i = 0; i < req.size(); i++) {
    std::string one = req.substr(i, 1);
    REQUIRE(Feed(parser, rec, one) == 1);
  }
  REQUIRE(rec.heads.size() == 1);
  CHECK(rec.heads[0].headers ==
        std::vector<std::string>{"Content-Length", "5", "X-Long-Header", "abcdef"});
  CHECK(rec.body == "hello");
  CHECK(rec.completed == 1);
}

TEST_CASE("chunked bodies and trailers") {
  Recorder rec;
  rt::HttpMessageParser parser;
  parser.Init(rt::HttpMessageParser::Type::kResponse, &rec, 16 * 1024, false);
  std::string res =
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
      "3\r\nabc\r\n2\r\nde\r\n0\r\nX-Trailer: t\r\n\r\n";
  CHECK(Feed(parser, rec, res) == res.size());
  REQUIRE(rec.heads.size() == 1);
  CHECK(rec.heads[0].status_code == 200);
  CHECK(rec.heads[0].status_message == "OK");
  CHECK(rec.body == "abcde");
  CHECK(rec.trailers == std::vector<std::string>{"X-Trailer", "t"});
}

TEST_CASE("pipelined requests each complete") {
  Recorder rec;
  rt::HttpMessageParser parser;
  parser.Init(rt::HttpMessageParser::Type::kRequest, &rec, 16 * 1024, false);
  std::string two = "GET /1 HTTP/1.1\r\nHost: a\r\n\r\nGET /2 HTTP/1.1\r\nHost: a\r\n\r\n";
  CHECK(Feed(parser, rec, two) == two.size());
  REQUIRE(rec.heads.size() == 2);
  CHECK(rec.heads[1].url == "/2");
  CHECK(rec.completed == 2);
}

TEST_CASE("errors carry llhttp's code and where parsing stopped") {
  Recorder rec;
  rt::HttpMessageParser parser;
  parser.Init(rt::HttpMessageParser::Type::kRequest, &rec, 16 * 1024, false);
  std::string bad = "GET / HTTP/1.1\r\nBad Header\r\n\r\n";
  size_t n = Feed(parser, rec, bad);
  CHECK_FALSE(parser.ok());
  CHECK(parser.error_code() == "HPE_INVALID_HEADER_TOKEN");
  CHECK(n < bad.size());
}

TEST_CASE("heads larger than the limit are HPE_HEADER_OVERFLOW") {
  Recorder rec;
  rt::HttpMessageParser parser;
  parser.Init(rt::HttpMessageParser::Type::kRequest, &rec, 64, false);
  std::string big = "GET / HTTP/1.1\r\nX: " + std::string(100, 'a') + "\r\n\r\n";
  Feed(parser, rec, big);
  CHECK(parser.error_code() == "HPE_HEADER_OVERFLOW");
  CHECK(parser.error_reason() == "Header overflow");
}

TEST_CASE("skipping the body of a response to HEAD") {
  Recorder rec;
  rec.skip_body = 1;
  rt::HttpMessageParser parser;
  parser.Init(rt::HttpMessageParser::Type::kResponse, &rec, 16 * 1024, false);
  std::string res = "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n";
  CHECK(Feed(parser, rec, res) == res.size());
  CHECK(rec.completed == 1);
  CHECK(rec.body.empty());
}
