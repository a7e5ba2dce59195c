// HttpMessageParser (see message_parser.h).
#include "http/message_parser.h"

namespace rt {

namespace {
HttpMessageParser* Self(llhttp_t* p) {
  return static_cast<HttpMessageParser*>(p->data);
}
}  // namespace

void HttpMessageParser::Init(Type type, Delegate* delegate, size_t max_header_size, bool lenient) {
  llhttp_settings_init(&settings_);
  settings_.on_message_begin = OnMessageBeginCb;
  settings_.on_url = OnUrlCb;
  settings_.on_status = OnStatusCb;
  settings_.on_header_field = OnHeaderFieldCb;
  settings_.on_header_value = OnHeaderValueCb;
  settings_.on_headers_complete = OnHeadersCompleteCb;
  settings_.on_header_value_complete = OnHeaderValueCompleteCb;
  settings_.on_body = OnBodyCb;
  settings_.on_message_complete = OnMessageCompleteCb;
  llhttp_init(&parser_, type == Type::kRequest ? HTTP_REQUEST : HTTP_RESPONSE, &settings_);
  parser_.data = this;
  if (lenient) {
    llhttp_set_lenient_headers(&parser_, 1);
    llhttp_set_lenient_chunked_length(&parser_, 1);
    llhttp_set_lenient_keep_alive(&parser_, 1);
  }
  delegate_ = delegate;
  lenient_ = lenient;
  bad_header_ = false;
  max_header_size_ = max_header_size;
  head_ = Head();
  trailers_.clear();
  headers_done_ = false;
  in_value_ = false;
  header_overflow_ = false;
  upgraded_ = false;
  header_bytes_ = 0;
  error_code_.clear();
  error_reason_.clear();
}

bool HttpMessageParser::CountHeaderBytes(size_t length) {
  header_bytes_ += length;
  if (header_bytes_ > max_header_size_) {
    header_overflow_ = true;
    return false;
  }
  return true;
}

int HttpMessageParser::OnMessageBeginCb(llhttp_t* p) {
  HttpMessageParser* self = Self(p);
  self->head_ = Head();
  self->trailers_.clear();
  self->headers_done_ = false;
  self->in_value_ = false;
  self->header_bytes_ = 0;
  return self->delegate_->OnMessageBegin();
}

int HttpMessageParser::OnUrlCb(llhttp_t* p, const char* at, size_t length) {
  HttpMessageParser* self = Self(p);
  if (!self->CountHeaderBytes(length)) return -1;
  self->head_.url.append(at, length);
  return 0;
}

int HttpMessageParser::OnStatusCb(llhttp_t* p, const char* at, size_t length) {
  HttpMessageParser* self = Self(p);
  if (!self->CountHeaderBytes(length)) return -1;
  self->head_.status_message.append(at, length);
  return 0;
}

namespace {
// RFC 9110 tchar: the characters a header field name may hold.
bool IsTokenChar(unsigned char c) {
  if (c >= '0' && c <= '9') return true;
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
  switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+':
    case '-': case '.': case '^': case '_': case '`': case '|': case '~':
      return true;
    default:
      return false;
  }
}
}  // namespace

int HttpMessageParser::OnHeaderFieldCb(llhttp_t* p, const char* at, size_t length) {
  HttpMessageParser* self = Self(p);
  if (!self->CountHeaderBytes(length)) return -1;
  // This llhttp accepts spaces and other non-token bytes in field names (and so
  // obs-fold lines); Node's rejects them, and so do we unless lenient.
  if (!self->lenient_) {
    for (size_t i = 0; i < length; i++) {
      if (!IsTokenChar(static_cast<unsigned char>(at[i]))) {
        self->bad_header_ = true;
        self->bad_header_pos_ = at + i;  // Node counts the bytes before the bad one.
        return -1;
      }
    }
  }
  std::vector<std::string>& list = self->headers_done_ ? self->trailers_ : self->head_.headers;
  // A field after a value starts a new pair; fields may arrive in pieces.
  if (self->in_value_ || list.empty() || list.size() % 2 == 0) {
    list.emplace_back();
    self->in_value_ = false;
    self->value_complete_ = false;
  }
  list.back().append(at, length);
  return 0;
}

int HttpMessageParser::OnHeaderValueCb(llhttp_t* p, const char* at, size_t length) {
  HttpMessageParser* self = Self(p);
  if (!self->CountHeaderBytes(length)) return -1;
  std::vector<std::string>& list = self->headers_done_ ? self->trailers_ : self->head_.headers;
  if (!self->lenient_) {
    // A value with no field name before it (": v"), or a folded line in it.
    // A value that goes on after it was complete is an obs-fold continuation.
    // Within one Execute a value arrives as one span, so a second span of the
    // same value that does not start where the first ended is a fold too.
    bool bad = self->in_value_
                   ? self->value_complete_ ||
                         (self->value_end_ != nullptr && at != self->value_end_)
                   : list.size() % 2 == 0 || list.back().empty();
    for (size_t i = 0; !bad && i < length; i++) bad = at[i] == '\r' || at[i] == '\n';
    if (bad) {
      self->bad_header_ = true;
      return -1;
    }
  }
  if (!self->in_value_) {
    list.emplace_back();
    self->in_value_ = true;
  }
  list.back().append(at, length);
  self->value_end_ = at + length;
  return 0;
}

int HttpMessageParser::OnHeaderValueCompleteCb(llhttp_t* p) {
  Self(p)->value_complete_ = true;
  return 0;
}

int HttpMessageParser::OnHeadersCompleteCb(llhttp_t* p) {
  HttpMessageParser* self = Self(p);
  Head& head = self->head_;
  // A header with an empty value never called on_header_value.
  if (head.headers.size() % 2 == 1) head.headers.emplace_back();
  head.method = p->method;
  head.status_code = p->status_code;
  head.version_major = p->http_major;
  head.version_minor = p->http_minor;
  head.upgrade = llhttp_get_upgrade(p) != 0;
  head.should_keep_alive = llhttp_should_keep_alive(p) != 0;
  self->headers_done_ = true;
  self->in_value_ = false;
  int r = self->delegate_->OnHeadersComplete(head);
  if (r == 2) self->upgraded_ = true;
  return r;
}

int HttpMessageParser::OnBodyCb(llhttp_t* p, const char* at, size_t length) {
  HttpMessageParser* self = Self(p);
  return self->delegate_->OnBody(static_cast<size_t>(at - self->data_start_), length);
}

int HttpMessageParser::OnMessageCompleteCb(llhttp_t* p) {
  HttpMessageParser* self = Self(p);
  if (self->trailers_.size() % 2 == 1) self->trailers_.emplace_back();
  int r = self->delegate_->OnMessageComplete(self->trailers_);
  self->trailers_.clear();
  self->headers_done_ = false;
  return r;
}

void HttpMessageParser::SetError(llhttp_errno_t err) {
  if (header_overflow_) {
    error_code_ = "HPE_HEADER_OVERFLOW";
    error_reason_ = "Header overflow";
    return;
  }
  if (bad_header_) {
    error_code_ = "HPE_INVALID_HEADER_TOKEN";
    error_reason_ = "Invalid header token";
    return;
  }
  error_code_ = llhttp_errno_name(err);
  const char* reason = llhttp_get_error_reason(&parser_);
  error_reason_ = reason != nullptr ? reason : "";
  // Errors whose code or text changed between this llhttp (8.1) and Node 20's (9.x).
  if (error_reason_ == "Expected HTTP/") {
    error_reason_ = "Expected HTTP/, RTSP/ or ICE/";
  } else if (error_reason_ == "Expected CRLF after version") {
    error_code_ = "HPE_STRICT";
  } else if (error_reason_ == "Content-Length can't be present with Transfer-Encoding") {
    error_code_ = "HPE_INVALID_CONTENT_LENGTH";
  }
}

size_t HttpMessageParser::Execute(const char* data, size_t length) {
  data_start_ = data;
  value_end_ = nullptr;
  bad_header_pos_ = nullptr;
  llhttp_errno_t err = llhttp_execute(&parser_, data, length);
  size_t consumed = length;
  if (err == HPE_PAUSED_UPGRADE) {
    consumed = static_cast<size_t>(llhttp_get_error_pos(&parser_) - data);
    llhttp_resume_after_upgrade(&parser_);
    upgraded_ = true;
  } else if (err == HPE_PAUSED) {
    consumed = static_cast<size_t>(llhttp_get_error_pos(&parser_) - data);
  } else if (err != HPE_OK) {
    const char* pos = bad_header_pos_ != nullptr ? bad_header_pos_ : llhttp_get_error_pos(&parser_);
    consumed = pos != nullptr ? static_cast<size_t>(pos - data) : 0;
    SetError(err);
  }
  data_start_ = nullptr;
  return consumed;
}

bool HttpMessageParser::Finish() {
  llhttp_errno_t err = llhttp_finish(&parser_);
  if (err != HPE_OK) {
    SetError(err);
    return false;
  }
  return true;
}

}  // namespace rt
