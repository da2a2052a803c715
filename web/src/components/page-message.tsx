import { Banner, type BannerProps } from './banner';

/** A page that could not show its content still has its heading: focus, the outline and axe all need one. */
export function PageMessage({ title, ...banner }: BannerProps & { title: string }) {
  return (
    <>
      <div className="page-head">
        <h1>{title}</h1>
      </div>
      <Banner {...banner} />
    </>
  );
}
