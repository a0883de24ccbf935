/** Invented addresses in 温岭 with coordinates a few kilometres around the city centre (28.37, 121.38). */
export const DEMO_PLACES = {
  jinping: {
    address: '温岭市太平街道锦屏社区居家养老服务照料中心',
    latitude: 28.3768,
    longitude: 121.3741,
    geofenceM: 100,
  },
  wanshou: { address: '温岭市太平街道万寿社区文化家园二楼', latitude: 28.3702, longitude: 121.382, geofenceM: 100 },
  training: { address: '温岭市太平街道义工联合会培训室', latitude: 28.3741, longitude: 121.3795, geofenceM: 100 },
  square: { address: '温岭市太平街道市民广场', latitude: 28.3735, longitude: 121.3858, geofenceM: 300 },
  nursingHome: { address: '温岭市太平街道横湖社区颐乐园养老院', latitude: 28.382, longitude: 121.369, geofenceM: 150 },
  donghui: { address: '温岭市城东街道东辉社区党群服务中心', latitude: 28.3655, longitude: 121.4012, geofenceM: 150 },
  xiabao: { address: '温岭市城东街道下保社区新时代文明实践站', latitude: 28.3601, longitude: 121.3936, geofenceM: 150 },
  seawall: { address: '温岭市东海塘湿地南段海堤', latitude: 28.335, longitude: 121.442, geofenceM: 500 },
  zeguo: { address: '温岭市泽国镇工业园社区服务中心', latitude: 28.4125, longitude: 121.3552, geofenceM: 200 },
} as const;

export type DemoPlaceKey = keyof typeof DEMO_PLACES;
