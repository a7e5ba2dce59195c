// HttpMessageParser: llhttp wrapped so that a message head arrives in one piece
// (method, url or status, version, all headers as a flat list) and the body as slices
// of the input. Plain C++, no V8: the `http_parser` binding puts JS on top of it, and
// test/cctest tests it directly.
#ifndef RT_HTTP_MESSAGE_PARSER_H_
#define RT_HTTP_MESSAGE_PARSER_H_

#include <llhttp.h>

#include <cstddef>
#include <string>
#include <vector>

namespace rt {

class HttpMessageParser {
 public:
  enum class Type { kRequest, kResponse };

  struct Head {
    int method = 0;  // llhttp_method_t, requests only
    std::string url;
    int status_code = 0;  // responses only
    std::string status_message;
    int version_major = 1;
    int version_minor = 1;
    std::vector<std::string> headers;  // name, value, name, value, ...
    bool upgrade = false;
    bool should_keep_alive = false;
  };

  class Delegate {
   public:
    virtual ~Delegate() = default;
    // Each returns 0 to go on, -1 to stop parsing with an error (e.g. JS threw).
    virtual int OnMessageBegin() = 0;
    // Returns 0, or 1 to skip the body (a response to HEAD), or 2 to skip the body and
    // stop after this message (upgrade / CONNECT); -1 stops with an error.
    virtual int OnHeadersComplete(const Head& head) = 0;
    virtual int OnBody(size_t offset, size_t length) = 0;  // offset into Execute's data
    virtual int OnMessageComplete(const std::vector<std::string>& trailers) = 0;
  };

  HttpMessageParser() = default;
  HttpMessageParser(const HttpMessageParser&) = delete;
  HttpMessageParser& operator=(const HttpMessageParser&) = delete;

  void Init(Type type, Delegate* delegate, size_t max_header_size, bool lenient);

  // Parses data; returns the number of bytes consumed. After an error (ok() false),
  // error_code() and error_reason() say what went wrong.
  size_t Execute(const char* data, size_t length);
  // The end of input (for bodies delimited by connection close).
  bool Finish();

  void Pause() { llhttp_pause(&parser_); }
  void Resume() { llhttp_resume(&parser_); }

  bool ok() const { return error_code_.empty(); }
  const std::string& error_code() const { return error_code_; }  // "HPE_INVALID_METHOD"
  const std::string& error_reason() const { return error_reason_; }
  bool upgraded() const { return upgraded_; }

 private:
  static int OnMessageBeginCb(llhttp_t* p);
  static int OnUrlCb(llhttp_t* p, const char* at, size_t length);
  static int OnStatusCb(llhttp_t* p, const char* at, size_t length);
  static int OnHeaderFieldCb(llhttp_t* p, const char* at, size_t length);
  static int OnHeaderValueCb(llhttp_t* p, const char* at, size_t length);
  static int OnHeaderValueCompleteCb(llhttp_t* p);
  static int OnHeadersCompleteCb(llhttp_t* p);
  static int OnBodyCb(llhttp_t* p, const char* at, size_t length);
  static int OnMessageCompleteCb(llhttp_t* p);

  // Counts head bytes against max_header_size_; false when it is exceeded.
  bool CountHeaderBytes(size_t length);
  void SetError(llhttp_errno_t err);

  llhttp_t parser_;
  llhttp_settings_t settings_;
  Delegate* delegate_ = nullptr;
  Head head_;
  std::vector<std::string> trailers_;
  bool headers_done_ = false;
  bool in_value_ = false;
  bool header_overflow_ = false;
  bool lenient_ = false;
  bool bad_header_ = false;  // A field name or value our own checks refused.
  const char* bad_header_pos_ = nullptr;  // The byte of a field name refused, in this Execute.
  bool value_complete_ = false;  // on_header_value_complete seen for this value.
  bool upgraded_ = false;
  size_t header_bytes_ = 0;
  size_t max_header_size_ = 16 * 1024;
  const char* data_start_ = nullptr;
  const char* value_end_ = nullptr;  // End of the last value span in this Execute.
  std::string error_code_;
  std::string error_reason_;
};

}  // namespace rt

#endif  // RT_HTTP_MESSAGE_PARSER_H_
