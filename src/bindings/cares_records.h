// DNS answers (as c-ares hands them over) -> the JS values dns.resolve*() returns,
// shaped exactly like Node's: strings for A/AAAA/CNAME/NS/PTR, objects for MX, SRV,
// NAPTR, SOA, CAA, arrays of chunks for TXT, and `type`-tagged objects for ANY.
#ifndef RT_BINDINGS_CARES_RECORDS_H_
#define RT_BINDINGS_CARES_RECORDS_H_

#include <v8.h>

namespace rt {

class Environment;

namespace dns {

enum class QueryType { kA, kAaaa, kAny, kCaa, kCname, kMx, kNaptr, kNs, kPtr, kSoa, kSrv, kTxt };

// The DNS type number sent for `type` (A = 1, AAAA = 28, ...).
int RecordType(QueryType type);

// Parses `answer` for a query of `type`. Returns an ARES_* status; on ARES_SUCCESS
// `*result` is set, and `*ttls` too for A and AAAA (an array of TTLs, one per address).
int ParseAnswer(Environment* env, QueryType type, const unsigned char* answer, int length,
                v8::Local<v8::Value>* result, v8::Local<v8::Value>* ttls);

// Node's code string for an ARES_* status ("ENOTFOUND", "ETIMEOUT", "EOF", ...).
const char* ErrorCodeName(int status);

}  // namespace dns
}  // namespace rt

#endif  // RT_BINDINGS_CARES_RECORDS_H_
